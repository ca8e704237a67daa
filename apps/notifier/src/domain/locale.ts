/** The languages the notifier writes in. */
export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * A guess at the customer's language, since complaints carry none: the words they wrote (Cyrillic -> ru, Latin
 * letters only -> en), else the fallback (DEFAULT_LOCALE).
 */
export function guessLocale(text: string, fallback: Locale): Locale {
  if (/[\u0400-\u04FF]/.test(text)) return 'ru';
  if (/[A-Za-z]/.test(text)) return 'en';
  return fallback;
}
