import { TimeLeft } from '../domain/time-left';
import { Language } from './languages';
import { EN, MessageKey } from './messages.en';
import { RU } from './messages.ru';

const MESSAGES: Record<Language, Record<MessageKey, string>> = { en: EN, ru: RU };

export type Translate = (key: MessageKey, params?: Record<string, unknown>) => string;

/**
 * The page texts of one language. A key built from data the console does not know yet shows as itself, and a
 * `{name}` without a value stays visible: a page with an odd word beats a page that fails.
 */
export function translator(language: Language): Translate {
  const messages = MESSAGES[language];
  const plurals = new Intl.PluralRules(language);
  return (key, params = {}) =>
    (pluralOf(messages, key, plurals, params.count) ?? messages[key] ?? key).replace(
      /\{(\w+)\}/g,
      (whole, name: string) => (params[name] === undefined ? whole : String(params[name])),
    );
}

/** "2 d 3 h left", "overdue by 15 min": the largest two units are enough to act on. */
export function formatTimeLeft(t: Translate, left: TimeLeft): string {
  const units = [
    t('duration.days', { n: left.days }),
    t('duration.hours', { n: left.hours }),
    t('duration.minutes', { n: left.minutes }),
  ].filter((_, index) => [left.days, left.hours, left.minutes][index] > 0);
  const time = (units.length ? units : [t('duration.minutes', { n: 0 })]).slice(0, 2).join(' ');
  return t(left.overdue ? 'deadline.overdue' : 'deadline.left', { time });
}

/** `key#one` (and the like) when the text has a form for this count: "1 complaint", not "1 complaints". */
function pluralOf(
  messages: Record<string, string>,
  key: string,
  plurals: Intl.PluralRules,
  count: unknown,
): string | undefined {
  return typeof count === 'number' ? messages[`${key}#${plurals.select(count)}`] : undefined;
}
