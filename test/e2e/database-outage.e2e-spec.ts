import { deadLetterTopic, EventType, topicFor } from '@redress/contracts';
import { complaintBody, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { KafkaProbe } from '../support/kafka-probe';
import { TcpProxy } from '../support/tcp-proxy';
import { describeE2E, startTestStack, testPostgresAddress, TestStack } from '../support/test-stack';

const OUTAGE_MS = 12_000;
const COMPLAINTS_DURING_OUTAGE = 8;

/**
 * Triage loses its database for a while (a proxy between triage and the shared Postgres is cut) while complaints keep
 * arriving: it holds its partitions, says it is not ready, and once the database is back it applies every complaint
 * exactly once, by itself, with nothing dead-lettered.
 */
describeE2E('database outage', () => {
  let proxy: TcpProxy;
  let stack: TestStack;
  let probe: KafkaProbe;

  beforeAll(async () => {
    proxy = await TcpProxy.start(testPostgresAddress());
    stack = await startTestStack(
      'outage',
      {},
      {
        envFor: (service, env) =>
          service === 'triage'
            ? { ...env, DATABASE_URL: proxy.route(env.DATABASE_URL), DATABASE_CONNECT_TIMEOUT: '2s' }
            : env,
      },
    );
    probe = new KafkaProbe(stack.brokers);
    await probe.watch([deadLetterTopic('triage', stack.topicPrefix)]);
  });

  afterAll(async () => {
    await probe?.close();
    await stack?.stop();
    await proxy?.stop();
  });

  const triageReady = async (): Promise<number> => (await fetch(`${stack.services.triage.url}/health/ready`)).status;

  async function effectsOf(complaintId: string) {
    const { rows } = await stack.db.query(
      `SELECT (SELECT count(*)::int FROM triage.complaint_links WHERE complaint_id = $1) AS links,
              (SELECT count(*)::int FROM triage.outbox WHERE event_type = 'rootcause.complaint-linked' AND message_key = $1::text) AS "linkedEvents"`,
      [complaintId],
    );
    return rows[0] as { links: number; linkedEvents: number };
  }

  async function postComplaints(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const accepted = await postComplaint(stack.services.intake.url, stack.secrets.apiKey, complaintBody());
      expect(accepted.status).toBe(202);
      ids.push(accepted.body?.id);
    }
    return ids;
  }

  it('holds complaints through the outage, reports not ready, then applies each exactly once without dead letters', async () => {
    const [before] = await postComplaints(1);
    await eventually(
      () => effectsOf(before),
      (effects) => effects.links === 1,
      { what: 'triage to link a complaint before the outage' },
    );
    expect(await triageReady()).toBe(200);

    proxy.cutOff();
    const outageEnds = Date.now() + OUTAGE_MS;
    const during = await postComplaints(COMPLAINTS_DURING_OUTAGE);
    const notReady = await eventually(triageReady, (status) => status === 503, {
      what: 'triage to report not ready',
      timeoutMs: OUTAGE_MS,
    });
    expect(notReady).toBe(503);
    // Nothing of the outage's complaints can have reached triage's tables meanwhile.
    expect((await Promise.all(during.map(effectsOf))).every((effects) => effects.links === 0)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageEnds - Date.now())));
    expect(await triageReady()).toBe(503);

    proxy.restore();
    await eventually(triageReady, (status) => status === 200, { what: 'triage to be ready again', timeoutMs: 90_000 });
    const effects = await eventually(
      () => Promise.all(during.map(effectsOf)),
      (all) => all.every((each) => each.links === 1),
      { what: 'every complaint of the outage linked', timeoutMs: 90_000 },
    );
    expect(effects).toEqual(during.map(() => ({ links: 1, linkedEvents: 1 })));

    await probe.waitUntilConsumed(
      `${stack.topicPrefix}triage`,
      topicFor(EventType.ComplaintReceived, stack.topicPrefix),
    );
    expect(await Promise.all(during.map(effectsOf))).toEqual(during.map(() => ({ links: 1, linkedEvents: 1 })));
    // Its relay published again too: nothing triage committed after the outage is left behind.
    await eventually(
      async () =>
        (await stack.db.query('SELECT count(*)::int AS n FROM triage.outbox WHERE sent_at IS NULL')).rows[0].n,
      (unsent) => unsent === 0,
      { what: "triage's outbox to be published" },
    );
    const deadLetters = probe.received.filter(
      (message) => message.topic === deadLetterTopic('triage', stack.topicPrefix),
    );
    expect(deadLetters).toEqual([]);
    expect(stack.logs.triage.join('\n')).toMatch(/holding the partition and retrying until it heals/);
  });
});
