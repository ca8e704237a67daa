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
  return t(left.overdue ? 'deadline.overdue' : 'deadline.left', { time: formatDuration(t, left) });
}

/** The two largest whole units of a span: "2 d 3 h", "5 min". */
export function formatDuration(t: Translate, span: Omit<TimeLeft, 'overdue'>): string {
  const units = [
    t('duration.days', { n: span.days }),
    t('duration.hours', { n: span.hours }),
    t('duration.minutes', { n: span.minutes }),
  ].filter((_, index) => [span.days, span.hours, span.minutes][index] > 0);
  return (units.length ? units : [t('duration.minutes', { n: 0 })]).slice(0, 2).join(' ');
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
