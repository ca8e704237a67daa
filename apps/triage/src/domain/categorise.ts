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
  /** The departments a cause can be given to: the committee votes and decides only among these. */
  departments: string[];
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

/**
 * Checks rules read from configuration, so a bad file stops start-up with a message naming the problem instead of
 * misfiling complaints: every rule has a category, keywords in lower case and a known department.
 */
export function checkCategoryRules(rules: CategoryRules, touchpoints: readonly string[]): string[] {
  const problems: string[] = [];
  const departments = rules.departments ?? [];
  if (!Array.isArray(rules.departments) || departments.length === 0) problems.push('departments: list at least one department');
  if (!rules.fallback?.category || !rules.fallback.cause) problems.push('fallback: needs a category and a cause');
  else if (!departments.includes(rules.fallback.department)) problems.push(`fallback: unknown department "${rules.fallback.department}"`);
  for (const [index, rule] of (rules.rules ?? []).entries()) {
    const where = `rules[${index}] (${rule.category})`;
    if (!rule.category || !rule.cause) problems.push(`${where}: needs a category and a cause`);
    if (!departments.includes(rule.department)) problems.push(`${where}: unknown department "${rule.department}"`);
    if (!Array.isArray(rule.keywords) || rule.keywords.length === 0) problems.push(`${where}: needs keywords`);
    else if (rule.keywords.some((keyword) => !keyword || keyword !== keyword.toLocaleLowerCase())) {
      problems.push(`${where}: keywords must be non-empty and lower case`);
    }
    for (const touchpoint of rule.touchpoints ?? []) {
      if (!touchpoints.includes(touchpoint)) problems.push(`${where}: unknown touchpoint "${touchpoint}"`);
    }
  }
  return problems;
}
