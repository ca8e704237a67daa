import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeE2E } from '../../../../../test/support/test-stack';
import { migratedTestDataSource } from '../../../../../test/support/test-data-source';
import { notifierDataSourceSpec } from '../../persistence/notifier.data-source';
import {
  claimDue,
  ClaimedNotification,
  ClaimRequest,
  DeliveryResult,
  recordResults,
} from '../../persistence/notification.store';

/** Claims and outcome writes against real Postgres: leases that expire, stale senders, and fair claims. */
describeE2E('delivery leases', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await migratedTestDataSource('leases', notifierDataSourceSpec, 4);
  });

  afterAll(() => dataSource?.destroy());
  beforeEach(() => dataSource.query(`DELETE FROM notifier.notifications`));

  /** A due notification; `dueSecondsAgo` orders the backlog. */
  async function schedule(
    channel: 'email' | 'webhook',
    { recipient = 'anna@example.com', clientSystem = 'shop', dueSecondsAgo = 60 } = {},
  ): Promise<string> {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO notifier.notifications (id, complaint_id, cause_event_id, kind, channel, status, scheduled_for, due_at, recipient, locale, subject, body, client_system)
       VALUES ($1, $2, $3, 'acknowledgement', $4, 'scheduled', now() - make_interval(secs => $5), now() - make_interval(secs => $5), $6, 'en', 'S', 'B', $7)`,
      [id, randomUUID(), randomUUID(), channel, dueSecondsAgo, recipient, clientSystem],
    );
    return id;
  }

  const claim = (request: Partial<ClaimRequest> = {}) =>
    dataSource.transaction((manager) =>
      claimDue(manager, { size: 20, leaseMs: 60_000, endpointLimit: 20, allowances: new Map(), ...request }),
    );
  const record = (results: DeliveryResult[]) => dataSource.transaction((manager) => recordResults(manager, results));
  const sent = (row: ClaimedNotification): DeliveryResult => ({
    row,
    status: 'sent',
    attempts: row.attempts + 1,
    at: new Date(),
  });
  const rowOf = async (id: string) =>
    (
      await dataSource.query(
        `SELECT status, attempts, lease_token, sent_at FROM notifier.notifications WHERE id = $1`,
        [id],
      )
    )[0];
  const expireLeases = () =>
    dataSource.query(
      `UPDATE notifier.notifications SET due_at = now() - interval '1 second' WHERE lease_token IS NOT NULL`,
    );

  it("hands out a complaint's webhooks one at a time, in the order they were written", async () => {
    const complaintId = randomUUID();
    const webhook = async (writtenSecondsAgo: number) => {
      const id = randomUUID();
      await dataSource.query(
        `INSERT INTO notifier.notifications (id, complaint_id, cause_event_id, kind, channel, status, scheduled_for, due_at, recipient, locale, subject, body, client_system, created_at)
         VALUES ($1, $2, $3, 'progress', 'webhook', 'scheduled', now() - interval '1 minute', now() - interval '1 minute', 'client://shop', 'en', 'S', 'B', 'shop', now() - make_interval(secs => $4))`,
        [id, complaintId, randomUUID(), writtenSecondsAgo],
      );
      return id;
    };
    const second = await webhook(10);
    const first = await webhook(20);
    const other = await schedule('webhook', { recipient: 'client://shop', clientSystem: 'shop' });

    const claimed = await claim();
    expect(claimed.map((row) => row.id).sort()).toEqual([first, other].sort());
    expect(await claim()).toEqual([]); // the first is on the wire: the second waits for it
    await record([sent(claimed.find((row) => row.id === first) as ClaimedNotification)]);
    expect((await claim()).map((row) => row.id)).toEqual([second]);
  });

  it('keeps a claimed row from every other claim until its lease expires, then hands it out again with a new lease', async () => {
    const id = await schedule('email');
    const [first] = await claim();
    expect(first).toMatchObject({ id, endpoint_key: 'email', lease_token: expect.any(String) });
    expect(await claim()).toEqual([]);

    await expireLeases(); // the sender crashed mid-send
    const [again] = await claim();
    expect(again).toMatchObject({ id });
    expect(again.lease_token).not.toBe(first.lease_token);
  });

  it("ignores the outcome of a sender whose lease expired and passed on, and writes the current holder's", async () => {
    const id = await schedule('email');
    const [stale] = await claim();
    await expireLeases();
    const [current] = await claim();

    expect(await record([{ row: stale, status: 'failed', attempts: 1, error: 'late', at: new Date() }])).toEqual(
      new Set(),
    );
    expect(await rowOf(id)).toMatchObject({ status: 'scheduled', attempts: 0, lease_token: current.lease_token });

    expect(await record([sent(current)])).toEqual(new Set([id]));
    expect(await rowOf(id)).toMatchObject({
      status: 'sent',
      attempts: 1,
      lease_token: null,
      sent_at: expect.any(Date),
    });
    expect(await record([sent(current)])).toEqual(new Set());
  });

  it("takes the oldest due message of every endpoint and client system before the second of any, within each endpoint's allowance", async () => {
    const backlog = [];
    for (let i = 0; i < 30; i++)
      backlog.push(
        await schedule('webhook', {
          recipient: `https://busy.example/hook?n=${i}`,
          clientSystem: 'busy',
          dueSecondsAgo: 600 - i,
        }),
      );
    const otherTenant = await schedule('email', { clientSystem: 'quiet', dueSecondsAgo: 5 });
    const sameEndpointOtherTenant = await schedule('webhook', {
      recipient: 'https://BUSY.example:443/other',
      clientSystem: 'quiet',
      dueSecondsAgo: 5,
    });
    const slowHost = await schedule('webhook', {
      recipient: 'http://user@slow.example:8080/x',
      clientSystem: 'quiet',
      dueSecondsAgo: 5,
    });

    const claimed = await claim({ size: 5, allowances: new Map([['webhook:slow.example:8080', 0]]) });
    const ids = claimed.map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining([otherTenant, sameEndpointOtherTenant, backlog[0], backlog[1]]));
    expect(ids).not.toContain(slowHost);
    expect(claimed).toHaveLength(5);

    await expireLeases();
    const limited = await claim({ endpointLimit: 3 });
    expect(limited.filter((row) => row.endpoint_key === 'webhook:busy.example')).toHaveLength(3);
    expect(limited.map((row) => row.id)).toContain(slowHost);
  });
});
