import { DeadLetter } from './dead-letter-store';

/** Which dead letters a page shows: those still waiting for a replay, those replayed, or both. */
export type DeadLetterState = 'pending' | 'replayed' | 'all';

/** Where a page starts: just after the letter with this position in the newest-first order. */
export interface DeadLetterPosition {
  parkedAt: string;
  partition: number;
  offset: string;
}

export interface DeadLetterPage {
  items: DeadLetter[];
  /** The last item's position when more follow, else null. */
  after: DeadLetterPosition | null;
  /** Counts over the whole topic, whatever the page shows. */
  pending: number;
  replayed: number;
}

/**
 * Newest first (parked time, then partition and offset, descending), so the page an operator opens shows what broke
 * last. Keyset paging: a letter parked while someone pages sits before the cursor and never shifts the pages.
 */
export function deadLetterPage(
  letters: DeadLetter[],
  state: DeadLetterState,
  limit: number,
  after: DeadLetterPosition | null,
): DeadLetterPage {
  const chosen = letters
    .filter((letter) => state === 'all' || letter.replayed === (state === 'replayed'))
    .sort((a, b) => -compare(a, b))
    .filter((letter) => after === null || compare(letter, after) < 0);
  const items = chosen.slice(0, limit);
  const last = items[items.length - 1];
  const replayed = letters.filter((letter) => letter.replayed).length;
  return {
    items,
    after:
      chosen.length > limit && last
        ? { parkedAt: last.parkedAt, partition: last.partition, offset: last.offset }
        : null,
    pending: letters.length - replayed,
    replayed,
  };
}

function compare(a: DeadLetterPosition, b: DeadLetterPosition): number {
  if (a.parkedAt !== b.parkedAt) return a.parkedAt < b.parkedAt ? -1 : 1;
  if (a.partition !== b.partition) return a.partition - b.partition;
  const [x, y] = [BigInt(a.offset), BigInt(b.offset)];
  return x === y ? 0 : x < y ? -1 : 1;
}
