import { Touchpoint } from '@redress/contracts/vocabulary';

export interface CategoryRule {
  category: string;
  /** Touchpoints the rule applies to; empty means any. */
  touchpoints: Touchpoint[];
  /** Words or phrases (consecutive words), compared by stem; `повреж*` matches words beginning "повреж". One is enough. */
  keywords: string[];
  /** Phrases that veto a keyword they contain: "not late" keeps "the courier was not late" out. */
  not?: string[];
  cause: string;
  department: string;
}

export interface CategoryRules {
  /** The departments a cause can be given to: the committee votes and decides only among these. */
  departments: string[];
  rules: CategoryRule[];
  fallback: { category: string; cause: string; department: string };
}

const RULE_FIELDS = ['category', 'touchpoints', 'keywords', 'not', 'cause', 'department'];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Words of letters or digits; a word may end in `*` when at least three letters precede it. */
const PHRASE = /^[\p{L}\p{N}'’]+(\*(?<=[\p{L}\p{N}'’]{3}\*))?(\s+[\p{L}\p{N}'’]+(\*(?<=[\p{L}\p{N}'’]{3}\*))?)*$/u;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks rules read from configuration, so a bad file stops start-up with a message naming the entry and the problem
 * instead of misfiling complaints. Takes the parsed JSON as it is, since nothing has vouched for its types yet.
 */
export function checkCategoryRules(input: unknown, touchpoints: readonly string[]): string[] {
  if (!isObject(input)) return ['the file must hold an object with departments, rules and fallback'];
  const problems: string[] = [];
  const departments = Array.isArray(input.departments) ? input.departments : [];
  if (departments.length === 0) problems.push('departments: list at least one department');
  else if (!departments.every(isText)) problems.push('departments: every department must be a non-empty text');
  const fallback = input.fallback;
  if (!isObject(fallback) || !isText(fallback.category) || !isText(fallback.cause))
    problems.push('fallback: needs a category and a cause');
  else if (!departments.includes(fallback.department))
    problems.push(`fallback: unknown department "${String(fallback.department)}"`);
  if (!Array.isArray(input.rules)) return [...problems, 'rules: must be a list of rules'];
  const fallbackCategory = isObject(fallback) ? fallback.category : undefined;
  input.rules.forEach((rule, index) =>
    problems.push(...checkRule(rule, `rules[${index}]`, departments, touchpoints, fallbackCategory)),
  );
  return problems;
}

function checkRule(
  rule: unknown,
  at: string,
  departments: unknown[],
  touchpoints: readonly string[],
  fallbackCategory: unknown,
): string[] {
  if (!isObject(rule)) return [`${at}: must be an object`];
  const where = `${at} (${String(rule.category)})`;
  const problems: string[] = [];
  for (const field of Object.keys(rule))
    if (!RULE_FIELDS.includes(field)) problems.push(`${where}: unknown field "${field}"`);
  if (!isText(rule.category) || !isText(rule.cause)) problems.push(`${where}: needs a category and a cause`);
  else if (!SLUG.test(rule.category))
    problems.push(`${where}: unknown category: a category is lower-case words joined by "-"`);
  else if (rule.category === fallbackCategory) problems.push(`${where}: the fallback's category cannot be a rule's`);
  if (!departments.includes(rule.department))
    problems.push(`${where}: unknown department "${String(rule.department)}"`);
  if (!Array.isArray(rule.touchpoints)) problems.push(`${where}: touchpoints must be a list (empty for any)`);
  else
    for (const touchpoint of rule.touchpoints)
      if (!touchpoints.includes(touchpoint)) problems.push(`${where}: unknown touchpoint "${String(touchpoint)}"`);
  if (!Array.isArray(rule.keywords) || rule.keywords.length === 0) problems.push(`${where}: needs keywords`);
  else problems.push(...checkPhrases(rule.keywords, `${where}: keywords`));
  if (rule.not !== undefined) {
    if (!Array.isArray(rule.not)) problems.push(`${where}: not must be a list of phrases`);
    else problems.push(...checkPhrases(rule.not, `${where}: not`));
  }
  return problems;
}

function checkPhrases(phrases: unknown[], where: string): string[] {
  return phrases
    .filter((phrase) => typeof phrase !== 'string' || !PHRASE.test(phrase.trim()))
    .map(
      (phrase) =>
        `${where}: ${JSON.stringify(phrase)} is not words of letters or digits (a word may end in * after 3 letters)`,
    );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
