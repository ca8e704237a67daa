import { Locale, LOCALES } from '@redress/contracts/vocabulary';

/** The languages the notifier writes in: each needs its templates (domain/messages.ts). */
export { LOCALES };
export type { Locale };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The customer's language: the one the complaint names, else a guess from its text. */
export function customerLocale(explicit: Locale | undefined, text: string, fallback: Locale): Locale {
  return explicit ?? guessLocale(text, fallback);
}

/**
 * A guess at the customer's language, for complaints that name none: the words they wrote (Cyrillic -> ru, Latin
 * letters only -> en), else the fallback (DEFAULT_LOCALE).
 */
export function guessLocale(text: string, fallback: Locale): Locale {
  if (/[\u0400-\u04FF]/.test(text)) return 'ru';
  if (/[A-Za-z]/.test(text)) return 'en';
  return fallback;
}
