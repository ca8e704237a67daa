/**
 * Keyset cursors only go forward, so "previous" is the way back the person came: the link to the next page carries
 * the cursors of the pages before it (`trail`, the first page written `-`), and "previous" takes the last one off.
 * At most TRAIL_PAGES are kept, so the URL stays short; further back is the first page.
 */
const TRAIL_PAGES = 20;
const FIRST = '-';
/** What the services give out as cursors: base64url, well under this length. */
const CURSOR = /^[\w-]{1,500}$/;

export interface TrailLinks {
  previous: string | null;
  next: string | null;
  first: string | null;
}

/** The cursors of the pages before this one, from `?trail=`; anything not a cursor is dropped. */
export function readTrail(trail: unknown): string[] {
  if (typeof trail !== 'string' || trail === '') return [];
  return trail
    .split('.')
    .filter((entry) => entry === FIRST || CURSOR.test(entry))
    .slice(-TRAIL_PAGES);
}

/** The links of a page at `cursor` (none: the first page) with `query` (filters, already encoded) kept. */
export function trailLinks(
  path: string,
  query: string,
  cursor: string | undefined,
  trail: string[],
  nextCursor: string | null,
): TrailLinks {
  const href = (params: Record<string, string>) => {
    const search = [query, new URLSearchParams(params).toString()].filter(Boolean).join('&');
    return search ? `${path}?${search}` : path;
  };
  const here = cursor && CURSOR.test(cursor) ? cursor : null;
  const before = trail.slice(0, -1);
  const last = trail[trail.length - 1];
  const previous =
    here === null
      ? null
      : last === undefined || last === FIRST
        ? href(before.length > 0 ? { trail: before.join('.') } : {})
        : href({ cursor: last, ...(before.length > 0 ? { trail: before.join('.') } : {}) });
  return {
    previous,
    next: nextCursor
      ? href({ cursor: nextCursor, trail: [...trail, here ?? FIRST].slice(-TRAIL_PAGES).join('.') })
      : null,
    first: here === null ? null : href({}),
  };
}
