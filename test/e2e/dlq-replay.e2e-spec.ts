import { deadLetterTopic, EventType, topicFor } from '@redress/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DeadLetterStore } from '@redress/messaging';
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
  let stack: TestStack;
  let probe: KafkaProbe;
  let store: DeadLetterStore;
  let receivedTopic: string;
  let triageDlq: string;

  beforeAll(async () => {
    stack = await startTestStack('dlqreplay');
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
});
