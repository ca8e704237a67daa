import { DeadLetter, lettersOf } from './dead-letter';
import { OffsetRange, PartitionOffsets, TopicMessage } from './read-topic';

/** Which dead letters a page shows: those still waiting for a replay, those replayed, or both. */
export type DeadLetterState = 'pending' | 'replayed' | 'all';

/**
 * Where the next page goes on: in each partition named, the letters below `before`. A partition the cursor does not
 * name has no letters left for it.
 */
export type DeadLetterCursor = { partition: number; before: bigint }[];

export interface DeadLetterPageQuery {
  state: DeadLetterState;
  limit: number;
  /** Null: the first page, from the end of every partition. */
  cursor: DeadLetterCursor | null;
}

export interface DeadLetterPage {
  items: DeadLetter[];
  /** Null on the last page. */
  next: DeadLetterCursor | null;
  /** Counted over the letters read: each partition's window up to its end. */
  pending: number;
  replayed: number;
  /** `topic` when every partition was read from its start, so the counts are the topic's; else `window`. */
  countsAreOf: 'topic' | 'window';
}

/** Reads the messages of these ranges of the dead-letter topic. */
export type ReadRanges = (ranges: OffsetRange[]) => Promise<TopicMessage[]>;

interface Window extends PartitionOffsets {
  /** The page shows letters below this offset. */
  upper: bigint;
  /** What has been read: from here to the partition's end. */
  start: bigint;
  messages: TopicMessage[];
}

/**
 * One page of dead letters, newest first, read from the end of each partition rather than the whole topic. Each
 * partition's window `[start, upper)` starts a page and one letter long and doubles until it holds that many letters
 * of the state asked for or reaches the partition's start: then the page's letters from that partition, a prefix of
 * its letters newest first, are all in it, and the one more says whether any are left. Whether a letter was replayed
 * is written after it, anywhere up to the partition's end, so each window is read on to the end. The partitions are
 * merged by parked time (then partition): within a partition letters go by offset, which is the order they were
 * parked in.
 */
export async function readDeadLetterPage(
  read: ReadRanges,
  partitions: PartitionOffsets[],
  query: DeadLetterPageQuery,
): Promise<DeadLetterPage> {
  const windows: Window[] = partitions
    .filter(({ low, high }) => high > low)
    .map((partition) => {
      const asked = query.cursor ? query.cursor.find((at) => at.partition === partition.partition)?.before : undefined;
      const upper = query.cursor ? min(asked ?? partition.low, partition.high) : partition.high;
      return { ...partition, upper, start: partition.high, messages: [] };
    });
  const shown = (window: Window) =>
    lettersOf(window.messages)
      .filter((letter) => BigInt(letter.offset) < window.upper)
      .filter((letter) => query.state === 'all' || letter.replayed === (query.state === 'replayed'))
      .reverse();

  for (let size = BigInt(query.limit + 1); ; size *= 2n) {
    const growing = windows.filter(
      (window) => window.upper > window.low && window.start > window.low && shown(window).length <= query.limit,
    );
    if (growing.length === 0) break;
    const ranges = growing.map((window) => {
      const from = max(window.low, window.upper - size);
      const range = { partition: window.partition, from, to: window.start };
      window.start = from;
      return range;
    });
    const messages = await read(ranges);
    for (const window of growing)
      window.messages = [...messages.filter((message) => message.partition === window.partition), ...window.messages];
  }

  const queues = windows.map((window) => ({ window, letters: shown(window), taken: 0 }));
  const items: DeadLetter[] = [];
  while (items.length < query.limit) {
    const heads = queues.filter((queue) => queue.taken < queue.letters.length);
    if (heads.length === 0) break;
    const newest = heads.reduce((best, queue) =>
      newer(queue.letters[queue.taken], best.letters[best.taken]) ? queue : best,
    );
    items.push(newest.letters[newest.taken++]);
  }
  const next = queues
    .filter((queue) => queue.taken < queue.letters.length)
    .map(({ window, letters, taken }) => ({
      partition: window.partition,
      before: taken > 0 ? BigInt(letters[taken - 1].offset) : window.upper,
    }));
  const counted = windows.flatMap((window) => lettersOf(window.messages));
  const replayed = counted.filter((letter) => letter.replayed).length;
  return {
    items,
    next: next.length > 0 ? next : null,
    pending: counted.length - replayed,
    replayed,
    countsAreOf: windows.every((window) => window.start === window.low) ? 'topic' : 'window',
  };
}

function newer(a: DeadLetter, b: DeadLetter): boolean {
  return a.parkedAt !== b.parkedAt ? a.parkedAt > b.parkedAt : a.partition > b.partition;
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);
const max = (a: bigint, b: bigint) => (a > b ? a : b);
