import { DeadLetterHeader } from '../inbox/dead-letters';
import { DeadLetterCursor, DeadLetterPageQuery, DeadLetterState, readDeadLetterPage } from './dead-letter-page';
import { OffsetRange, PartitionOffsets, TopicMessage } from './read-topic';
import { ReplayHeader } from './replay-headers';

/** A dead-letter topic in memory: what the broker holds, and how many messages each page made it send. */
class Topic {
  readonly partitions: TopicMessage[][];
  sent = 0;

  constructor(partitions: number) {
    this.partitions = Array.from({ length: partitions }, () => []);
  }

  park(partition: number, at: number): string {
    return this.append(partition, at, { [DeadLetterHeader.OriginalTopic]: 'complaint.received' });
  }

  markReplayed(partition: number, offset: string, at: number): void {
    this.append(partition, at, { [ReplayHeader.ReplayOf]: `${partition}:${offset}` });
  }

  offsets(): PartitionOffsets[] {
    return this.partitions.map((messages, partition) => ({ partition, low: 0n, high: BigInt(messages.length) }));
  }

  async page(state: DeadLetterState, limit: number, cursor: DeadLetterCursor | null) {
    this.sent = 0;
    const read = async (ranges: OffsetRange[]) => {
      const messages = ranges.flatMap(({ partition, from, to }) =>
        this.partitions[partition].slice(Number(from), Number(to)),
      );
      this.sent += messages.length;
      return messages;
    };
    const query: DeadLetterPageQuery = { state, limit, cursor };
    return readDeadLetterPage(read, this.offsets(), query);
  }

  /** Every page of the list, in order. */
  async all(state: DeadLetterState, limit: number) {
    const ids: string[] = [];
    let cursor: DeadLetterCursor | null = null;
    do {
      const page = await this.page(state, limit, cursor);
      expect(page.items.length).toBeGreaterThan(0);
      ids.push(...page.items.map((letter) => `${letter.partition}:${letter.offset}`));
      cursor = page.next;
    } while (cursor);
    return ids;
  }

  private append(partition: number, at: number, headers: Record<string, string>): string {
    const offset = String(this.partitions[partition].length);
    this.partitions[partition].push({ partition, offset, timestamp: String(at), key: null, value: null, headers });
    return offset;
  }
}

const T0 = Date.parse('2026-12-01T10:00:00.000Z');

/** 3 partitions, `count` letters parked a second apart, spread unevenly (partition 2 gets every third only). */
function topicWith(count: number): Topic {
  const topic = new Topic(3);
  for (let index = 0; index < count; index++) topic.park(index % 3 === 2 ? 2 : index % 2, T0 + index * 1000);
  return topic;
}

/** The whole topic sorted newest first: what paging must give, page after page. */
function newestFirst(topic: Topic, state: DeadLetterState = 'all'): string[] {
  const replayed = new Set(
    topic.partitions
      .flat()
      .map((message) => message.headers[ReplayHeader.ReplayOf])
      .filter(Boolean),
  );
  return topic.partitions
    .flat()
    .filter((message) => message.headers[DeadLetterHeader.OriginalTopic])
    .map((message) => ({ id: `${message.partition}:${message.offset}`, at: Number(message.timestamp) }))
    .filter(({ id }) => state === 'all' || replayed.has(id) === (state === 'replayed'))
    .sort((a, b) => b.at - a.at || Number(b.id.split(':')[0]) - Number(a.id.split(':')[0]))
    .map(({ id }) => id);
}

describe('readDeadLetterPage', () => {
  it('pages newest first across partitions, each letter once, in the order of the whole topic sorted', async () => {
    const topic = topicWith(40);
    expect(await topic.all('all', 7)).toEqual(newestFirst(topic));
    expect(await topic.all('all', 1)).toEqual(newestFirst(topic));
    expect(await topic.all('all', 200)).toEqual(newestFirst(topic));
  });

  it('reads a window of the newest letters, not the topic, and says its counts are of that window', async () => {
    const topic = topicWith(3000);
    const first = await topic.page('all', 10, null);
    expect(first.items.map((letter) => `${letter.partition}:${letter.offset}`)).toEqual(
      newestFirst(topic).slice(0, 10),
    );
    // A page and one letter from the end of each of the three partitions.
    expect(topic.sent).toBe(3 * 11);
    expect(first).toMatchObject({ pending: 33, replayed: 0, countsAreOf: 'window' });

    // The tenth page reads down to its own window, ten pages deep: still nowhere near the topic's 3,000.
    let page = first;
    for (let index = 1; index < 10; index++) page = await topic.page('all', 10, page.next);
    expect(topic.sent).toBeLessThan(3 * 11 * 10 + 3 * 11);
    expect(page.items.map((letter) => `${letter.partition}:${letter.offset}`)).toEqual(
      newestFirst(topic).slice(90, 100),
    );
  });

  it('counts the whole topic when every partition was read from its start, and gives no empty last page', async () => {
    const topic = topicWith(9);
    const page = await topic.page('all', 20, null);
    expect(page).toMatchObject({ pending: 9, replayed: 0, countsAreOf: 'topic', next: null });
    expect(page.items).toHaveLength(9);
    const exact = await topic.page('all', 4, (await topic.page('all', 5, null)).next);
    expect(exact.items).toHaveLength(4);
    expect(exact.next).toBeNull();
  });

  it('marks a letter replayed when its marker is far after it, also on a deep page', async () => {
    const topic = topicWith(300);
    const old = topic.park(1, T0 + 300_000);
    for (let index = 0; index < 200; index++) topic.park(index % 3, T0 + 301_000 + index * 1000);
    topic.markReplayed(1, old, T0 + 600_000);
    expect(await topic.all('all', 25)).toEqual(newestFirst(topic));
    const at = newestFirst(topic).indexOf(`1:${old}`);
    expect(at).toBeGreaterThanOrEqual(200);
    let page = await topic.page('all', 25, null);
    for (let index = 0; index < Math.floor(at / 25); index++) page = await topic.page('all', 25, page.next);
    expect(page.items[at % 25]).toMatchObject({ partition: 1, offset: old, replayed: true });
    expect(page).toMatchObject({ countsAreOf: 'window', replayed: 1 });
  });

  it('grows the windows until they hold a page of the state asked for', async () => {
    const topic = topicWith(60);
    // The newest 40 of partition 0 replayed: its window doubles past them to find pending ones.
    for (const message of topic.partitions[0].slice(-20)) topic.markReplayed(0, message.offset, T0 + 100_000);
    expect(await topic.all('pending', 6)).toEqual(newestFirst(topic, 'pending'));
    expect(await topic.all('replayed', 6)).toEqual(newestFirst(topic, 'replayed'));
    const pending = await topic.page('pending', 6, null);
    expect(pending.items.every((letter) => !letter.replayed)).toBe(true);
  });

  it('keeps its pages when letters are parked meanwhile, and starts the next first page with them', async () => {
    const topic = topicWith(30);
    const first = await topic.page('all', 8, null);
    const before = newestFirst(topic);
    topic.park(0, T0 + 999_000);
    topic.park(2, T0 + 999_500);
    const second = await topic.page('all', 8, first.next);
    expect(second.items.map((letter) => `${letter.partition}:${letter.offset}`)).toEqual(before.slice(8, 16));
    expect((await topic.page('all', 2, null)).items.map((letter) => letter.partition)).toEqual([2, 0]);
  });

  it('shows nothing of a partition the cursor does not name, and nothing past the end for a forged offset', async () => {
    const topic = topicWith(12);
    const page = await topic.page('all', 50, [{ partition: 1, before: 10_000n }]);
    expect(new Set(page.items.map((letter) => letter.partition))).toEqual(new Set([1]));
    expect(page.items).toHaveLength(topic.partitions[1].length);
    expect(page.countsAreOf).toBe('window');
  });
});
