import { deadLetterTopic, EventType, topicFor } from '@redress/contracts';
import { hashToken, newToken } from '@redress/platform';
import { Kafka, logLevel } from 'kafkajs';
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DeadLetterHeader, DeadLetterStore, ReplayHeader } from '@redress/messaging';
import { callApi } from '../../scripts/stack/api';
import { repoRoot } from '../../scripts/stack/repo-root';
import { complaintBody, getComplaint, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);

/**
 * A handler fails for a cause that can be fixed (a trigger refusing triage's links), its event is dead-lettered,
 * the cause is removed and the dead letter replayed through the real CLIs: the effect happens once, a second
 * replay sends nothing.
 */
describeE2E('dead-letter replay', () => {
  const opsToken = newToken('rp');
  let stack: TestStack;
  let probe: KafkaProbe;
  let store: DeadLetterStore;
  let receivedTopic: string;
  let triageDlq: string;

  beforeAll(async () => {
    stack = await startTestStack('dlqreplay', { OPS_TOKEN_HASHES: hashToken(opsToken) });
    receivedTopic = topicFor(EventType.ComplaintReceived, stack.topicPrefix);
    triageDlq = deadLetterTopic('triage', stack.topicPrefix);
    probe = new KafkaProbe(stack.brokers);
    await probe.watch([receivedTopic, triageDlq]);
    store = new DeadLetterStore(
      new Kafka({ brokers: stack.brokers.split(','), logLevel: logLevel.NOTHING }),
      'triage',
      stack.topicPrefix,
    );
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
  });

  /** A built CLI of scripts/ops, run against this file's stack as `npm run <name>` would. */
  const cliArgs = (name: string, args: string[]) => [
    join(repoRoot(), 'dist', 'scripts', 'ops', `${name}.cli.js`),
    ...args,
  ];
  const cliEnv = () => ({ ...process.env, KAFKA_BROKERS: stack.brokers, KAFKA_TOPIC_PREFIX: stack.topicPrefix });

  async function cli(name: 'dlq-list' | 'dlq-replay', args: string[]): Promise<string> {
    return (await run(process.execPath, cliArgs(name, args), { env: cliEnv() })).stdout;
  }

  async function effectsOf(complaintId: string) {
    const { rows } = await stack.db.query(
      `SELECT (SELECT count(*)::int FROM triage.complaint_links WHERE complaint_id = $1) AS links,
              (SELECT count(*)::int FROM triage.outbox WHERE event_type = 'rootcause.complaint-linked' AND message_key = $1::text) AS "linkedEvents",
              (SELECT count(*)::int FROM notifier.notifications WHERE complaint_id = $1 AND kind = 'acknowledgement') AS acknowledgements`,
      [complaintId],
    );
    return rows[0] as { links: number; linkedEvents: number; acknowledgements: number };
  }

  const replayedCopies = () =>
    probe.received.filter((message) => message.topic === receivedTopic && message.headers['x-replayed-from']);

  it('replays a dead-lettered event once its cause is fixed, applies it once, and never replays it twice', async () => {
    await stack.db.query(`CREATE FUNCTION triage.refuse_links() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'complaint links are switched off (test fault)'; END $$`);
    await stack.db.query(
      `CREATE TRIGGER refuse_links BEFORE INSERT ON triage.complaint_links FOR EACH ROW EXECUTE FUNCTION triage.refuse_links()`,
    );

    const accepted = await postComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintBody());
    expect(accepted.status).toBe(202);
    const complaintId: string = accepted.body?.id;
    const [parked] = await eventually(
      async () => probe.received.filter((message) => message.topic === triageDlq && message.key === complaintId),
      (messages) => messages.length === 1,
      { what: 'the complaint to be retried and dead-lettered by triage' },
    );
    const eventId: string = JSON.parse(parked.value ?? '').id;

    const listed = await cli('dlq-list', ['triage']);
    expect(listed).toContain(`${triageDlq}: 1 dead letter(s), 0 replayed`);
    expect(listed).toContain(
      `from ${receivedTopic}[${parked.headers['x-original-partition']}]@${parked.headers['x-original-offset']}`,
    );
    for (const part of [
      'reason=handler-failed',
      'attempts=4',
      `event=complaint.received/${eventId}`,
      'replayed=no',
      'test fault',
    ]) {
      expect(listed).toContain(part);
    }
    // The notifier, which consumes the same event, is not affected by triage's fault.
    await eventually(
      () => effectsOf(complaintId),
      (effects) => effects.acknowledgements === 1,
      { what: 'the acknowledgement' },
    );
    expect(await effectsOf(complaintId)).toEqual({ links: 0, linkedEvents: 0, acknowledgements: 1 });

    await stack.db.query('DROP TRIGGER refuse_links ON triage.complaint_links');
    const replayed = await cli('dlq-replay', ['triage', '--id', eventId]);
    expect(replayed).toContain(
      `(complaint.received/${eventId}) to ${receivedTopic}[${parked.headers['x-original-partition']}]`,
    );

    await eventually(
      () => getComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintId),
      ({ body }) => body.status === 'triaged',
      {
        what: 'the replayed complaint to be triaged',
      },
    );
    const [copy] = await eventually(
      async () => replayedCopies(),
      (copies) => copies.length === 1,
      { what: 'the replayed copy' },
    );
    expect(copy).toMatchObject({
      key: complaintId,
      value: parked.value,
      partition: Number(parked.headers['x-original-partition']),
    });
    expect(Object.keys(copy.headers).filter((name) => name.startsWith('x-original') || name === 'x-error')).toEqual([]);

    expect(await store.list()).toEqual([
      expect.objectContaining({ eventId, reason: 'handler-failed', replayed: true }),
    ]);
    expect(await cli('dlq-list', ['triage'])).toContain('replayed=yes');
    expect(await store.replay()).toEqual([]);
    expect(await cli('dlq-replay', ['triage'])).toContain(`${triageDlq}: nothing to replay`);

    // Both consumers of the topic have read past the replayed copy: triage applied it, the notifier's inbox dropped it.
    await probe.waitUntilConsumed(`${stack.topicPrefix}triage`, receivedTopic);
    await probe.waitUntilConsumed(`${stack.topicPrefix}notifier`, receivedTopic);
    expect(await effectsOf(complaintId)).toEqual({ links: 1, linkedEvents: 1, acknowledgements: 1 });
    expect(replayedCopies()).toHaveLength(1);
  });

  it('events:tail prints each event on one line, the text masked and no contact details (the event carries none)', async () => {
    const accepted = await postComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintBody());
    const complaintId: string = accepted.body?.id;
    const tail = spawn(process.execPath, cliArgs('events-tail', [EventType.ComplaintReceived, '--from-beginning']), {
      env: cliEnv(),
    });
    let output = '';
    tail.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => tail.on('exit', resolve));
    try {
      const [line] = await eventually(
        async () => output.split('\n').filter((text) => text.includes(`key=${complaintId}`)),
        (lines) => lines.length === 1,
        {
          what: 'the complaint in the tail',
        },
      );
      expect(line).toMatch(
        new RegExp(
          `^\\S+Z {2}complaint\\.received {2}complaint\\.received {2}key=${complaintId} {2}corr=${complaintId} {2}`,
        ),
      );
      expect(line).not.toContain('customer.name');
      expect(line).toContain('text=[');
      for (const personal of ['Anna', 'Petrova', '+79161234567', 'anna@', 'courier'])
        expect(line).not.toContain(personal);
    } finally {
      tail.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });

  it('pages through many dead letters across partitions, newest first, reading a bounded window per page', async () => {
    // Intake's dead-letter topic, parked on directly: 600 letters a millisecond apart, spread over the partitions.
    const topic = deadLetterTopic('intake', stack.topicPrefix);
    const kafka = new Kafka({ brokers: stack.brokers.split(','), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    const partitions = (await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect())).length;
    expect(partitions).toBeGreaterThan(1);
    const t0 = Date.now() - 60_000;
    const letter = (index: number) => ({
      partition: index % partitions,
      timestamp: String(t0 + index),
      key: `parked-${index}`,
      value: JSON.stringify({ id: `event-${index}`, type: 'complaint.received' }),
      headers: {
        [DeadLetterHeader.OriginalTopic]: receivedTopic,
        [DeadLetterHeader.OriginalPartition]: '0',
        [DeadLetterHeader.OriginalOffset]: String(index),
        [DeadLetterHeader.Error]: 'parked by the test',
        [DeadLetterHeader.Reason]: 'handler-failed',
        [DeadLetterHeader.Attempts]: '4',
        [DeadLetterHeader.FailedAt]: new Date(t0 + index).toISOString(),
      },
    });
    const total = 600;
    const producer = kafka.producer();
    await producer.connect();
    try {
      for (let first = 0; first < total; first += 100)
        await producer.send({
          topic,
          acks: -1,
          messages: Array.from({ length: 100 }, (_, index) => letter(first + index)),
        });
      // The fifth letter replayed long after: its marker sits behind every other letter of its partition.
      await producer.send({
        topic,
        acks: -1,
        messages: [
          {
            partition: 4 % partitions,
            key: 'parked-4',
            value: null,
            headers: { [ReplayHeader.ReplayOf]: `${4 % partitions}:${Math.floor(4 / partitions)}` },
          },
        ],
      });
    } finally {
      await producer.disconnect();
    }
    const url = stack.services.intake.url;
    const page = async (query: string) => {
      const answer = await callApi(url, 'GET', `/dead-letters?${query}`, opsToken);
      expect(answer.status).toBe(200);
      return answer.body as {
        items: { id: string; eventId: string; replayed: boolean; parkedAt: string }[];
        nextCursor: string | null;
        pending: number;
        replayed: number;
        countsAreOf: string;
        messagesRead: number;
      };
    };

    const first = await page('limit=25');
    expect(first.items.map((item) => item.eventId)).toEqual(
      Array.from({ length: 25 }, (_, index) => `event-${total - 1 - index}`),
    );
    // About a page and one letter from the end of each partition (the marker's partition reads one window more), not
    // the 600; the counts are of what was read.
    expect(first.messagesRead).toBeLessThanOrEqual(partitions * 26 * 2);
    expect(first).toMatchObject({ countsAreOf: 'window', replayed: 0 });
    expect(first.pending).toBeGreaterThanOrEqual(partitions * 25);
    expect(first.pending).toBeLessThanOrEqual(first.messagesRead);

    // Forwards to the end: every letter once, newest first; each page reads down to its own window only.
    const cursors: (string | null)[] = [null];
    const seen: string[] = [];
    let current = first;
    for (;;) {
      seen.push(...current.items.map((item) => item.eventId));
      if (current.nextCursor === null) break;
      expect(current.nextCursor.length).toBeLessThan(100);
      cursors.push(current.nextCursor);
      current = await page(`limit=25&cursor=${current.nextCursor}`);
      const depth = cursors.length;
      expect(current.messagesRead).toBeLessThanOrEqual(partitions * (25 * depth + 1) + 1);
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, index) => `event-${total - 1 - index}`));
    expect(cursors).toHaveLength(total / 25);
    // The last page read every partition from its start: its counts are the topic's, the replay included.
    expect(current).toMatchObject({ countsAreOf: 'topic', pending: total - 1, replayed: 1 });
    expect(current.items.find((item) => item.eventId === 'event-4')).toMatchObject({ replayed: true });
    expect(current.items.filter((item) => item.replayed)).toHaveLength(1);

    // Back: an earlier page's cursor gives that page again, also after more letters were parked.
    const third = await page(`limit=25&cursor=${cursors[2]}`);
    const late = kafka.producer();
    await late.connect();
    await late.send({ topic, acks: -1, messages: [letter(total)] });
    await late.disconnect();
    const thirdAgain = await page(`limit=25&cursor=${cursors[2]}`);
    expect(thirdAgain.items).toEqual(third.items);
    expect(third.items.map((item) => item.eventId)).toEqual(
      Array.from({ length: 25 }, (_, index) => `event-${total - 51 - index}`),
    );
    expect((await page('limit=1')).items[0].eventId).toBe(`event-${total}`);

    // Only the pending: the replayed fifth letter is left out, the order kept.
    const pending: string[] = [];
    let cursor: string | null = null;
    do {
      const answer = await page(`limit=200&state=pending${cursor ? `&cursor=${cursor}` : ''}`);
      pending.push(...answer.items.map((item) => item.eventId));
      cursor = answer.nextCursor;
    } while (cursor);
    expect(pending).toHaveLength(total);
    expect(pending).not.toContain('event-4');
    const replayed = await page('state=replayed');
    expect(replayed.items.map((item) => item.eventId)).toEqual(['event-4']);
    expect(replayed.countsAreOf).toBe('topic');
  });
});
