import { Touchpoint } from '@redress/contracts/vocabulary';
import { CategoryRule, CategoryRules } from './category-rules';
import { occurrences, termsOf, Word, wordsOf } from './words/words';

export interface Categorisation {
  category: string;
  suggestedCause: string;
  suggestedDepartment: string;
}

/**
 * The first rule that applies at the touchpoint and finds one of its keywords among the customer's words wins;
 * otherwise the fallback (`unclassified`). Words, not fragments: "late" is not in "chocolate".
 */
export function categorise(text: string, touchpoint: Touchpoint, rules: CategoryRules): Categorisation {
  const words = wordsOf(text);
  const rule = rules.rules.find(
    (candidate) =>
      (candidate.touchpoints.length === 0 || candidate.touchpoints.includes(touchpoint)) && mentions(words, candidate),
  );
  const chosen = rule ?? rules.fallback;
  return { category: chosen.category, suggestedCause: chosen.cause, suggestedDepartment: chosen.department };
}

/** A keyword counts unless a `not` phrase around it vetoes it ("not late at all"); another mention still counts. */
function mentions(words: readonly Word[], rule: CategoryRule): boolean {
  const vetoes = (rule.not ?? []).flatMap((phrase) => spans(words, phrase));
  return rule.keywords.some((keyword) =>
    spans(words, keyword).some((found) => !vetoes.some((veto) => veto.start <= found.start && found.end <= veto.end)),
  );
}

function spans(words: readonly Word[], phrase: string): { start: number; end: number }[] {
  const terms = termsOf(phrase);
  return occurrences(words, terms).map((start) => ({ start, end: start + terms.length }));
}
