import { Touchpoint } from '@redress/contracts';

export interface CategoryRule {
  category: string;
  /** Touchpoints the rule applies to; empty means any. */
  touchpoints: Touchpoint[];
  /** Lower-case fragments; one found in the customer's words is enough. */
  keywords: string[];
  cause: string;
  department: string;
}

export interface CategoryRules {
  rules: CategoryRule[];
  fallback: { category: string; cause: string; department: string };
}

export interface Categorisation {
  category: string;
  suggestedCause: string;
  suggestedDepartment: string;
}

/** The first rule whose touchpoint and keywords match wins; otherwise the fallback (`unclassified`). */
export function categorise(text: string, touchpoint: Touchpoint, rules: CategoryRules): Categorisation {
  const words = text.toLocaleLowerCase();
  const rule = rules.rules.find(
    (candidate) =>
      (candidate.touchpoints.length === 0 || candidate.touchpoints.includes(touchpoint)) &&
      candidate.keywords.some((keyword) => words.includes(keyword)),
  );
  const chosen = rule ?? rules.fallback;
  return { category: chosen.category, suggestedCause: chosen.cause, suggestedDepartment: chosen.department };
}
