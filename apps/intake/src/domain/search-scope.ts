/** Who searches: a committee member, or an owner (at any level of a department's chain). */
export type Searcher = { role: 'member' } | { role: 'owner'; department: string };

export type SearchScope =
  { allowed: true; department: string | null } | { allowed: false; field: 'department'; reason: string };

/**
 * Which complaints a person may search. Committee members group and judge every complaint, so they search all of them
 * (by any department). Owners and heads act on what is assigned to their department, so their search is limited to
 * it: asking for another department is refused rather than silently answered with their own.
 */
export function searchScope(searcher: Searcher, requestedDepartment: string | undefined): SearchScope {
  if (searcher.role === 'member') return { allowed: true, department: requestedDepartment ?? null };
  if (requestedDepartment === undefined || requestedDepartment === searcher.department)
    return { allowed: true, department: searcher.department };
  return {
    allowed: false,
    field: 'department',
    reason: `owners search the complaints of their own department (${searcher.department}) only`,
  };
}

/** Longest excerpt of a complaint's text in a search answer: enough to recognise it, a page of 200 stays small. */
export const EXCERPT_LENGTH = 280;

/** The start of a complaint's text, cut at a word when it is longer than the excerpt. */
export function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
