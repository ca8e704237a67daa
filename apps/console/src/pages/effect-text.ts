import { Translate } from '../i18n/translate';
import { Effectiveness } from '../upstream/triage.api';

/** What followed a fix, in the page's language, from triage's figures; always with the caveat. */
export function effectText(
  t: Translate,
  effect: Effectiveness,
): { lines: string[]; change: string | null; fewer: boolean } {
  const before = t('effect.before', { weeks: effect.weeks, rate: effect.beforePerWeek });
  if (effect.afterPerWeek === null) return { lines: [before, t('effect.tooSoon')], change: null, fewer: false };
  const percent = effect.changePercent;
  const change =
    percent === null
      ? null
      : percent === 0
        ? t('effect.same')
        : t(percent < 0 ? 'effect.fewer' : 'effect.more', { percent: Math.abs(percent) });
  return {
    lines: [before, t('effect.after', { weeks: effect.observedWeeks, rate: effect.afterPerWeek }), t('effect.caveat')],
    change,
    fewer: percent !== null && percent < 0,
  };
}
