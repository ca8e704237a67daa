import { OutboxRelayJob } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { complaintReceivedEvent } from '../../../../test/support/complaints';
import { describeE2E } from '../../../../test/support/test-stack';
import { migratedTestDataSource } from '../../../../test/support/test-data-source';
import { ChangeView } from '../queries/list-changes/change.view';
import { ListChangesQueryHandler } from '../queries/list-changes/list-changes.query';
import { sequencePendingChanges } from './change-log.store';
import { ComplaintStore } from './complaint.store';
import { intakeDataSourceSpec } from './intake.data-source';

/**
 * The change feed against real Postgres: writers whose transactions commit out of order, two sequencers and a reader
 * paging all the while; the reader must end up with every committed change exactly once, numbered without gaps.
 */
describeE2E('change log', () => {
  let dataSource: DataSource;
  let store: ComplaintStore;
  let feed: ListChangesQueryHandler;
  const clients = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    dataSource = await migratedTestDataSource('intake_changes', intakeDataSourceSpec, 30);
    for (const [index, id] of clients.entries()) {
      await dataSource.query(`INSERT INTO intake.client_systems (id, name, api_key_hash) VALUES ($1, $2, $3)`, [
        id,
        `crm-${index}`,
        randomUUID(),
      ]);
    }
    store = new ComplaintStore(dataSource, { committed: () => undefined } as unknown as OutboxRelayJob);
    feed = new ListChangesQueryHandler(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const fileComplaint = async (clientSystemId: string): Promise<string> => {
    const event = complaintReceivedEvent(randomUUID(), 'crm');
    await store.accept(clientSystemId, event, { id: event.data.complaintId });
    return event.data.complaintId;
  };

  /** A timeline entry written in a transaction that sleeps before it commits (or rolls back), so commits interleave. */
  const addEntry = (complaintId: string, commit: boolean) =>
    dataSource
      .transaction(async (tx) => {
        await tx.query(
          `INSERT INTO intake.complaint_events (event_id, complaint_id, type, occurred_at, summary, details)
           VALUES ($1, $2, 'customer.notified', now(), 'Customer sent the receipt by sms', '{}')`,
          [randomUUID(), complaintId],
        );
        await tx.query('SELECT pg_sleep($1)', [Math.random() * 0.05]);
        if (!commit) throw new Error('rolled back on purpose');
      })
      .catch(() => undefined);

  /** Pages through one client's feed from `after` until nothing is left, checking that each position follows the last. */
  async function readOn(
    clientSystemId: string,
    seen: ChangeView[],
    cursor: string | undefined,
  ): Promise<string | undefined> {
    for (;;) {
      const page = await feed.execute(clientSystemId, { after: cursor, limit: 7 });
      for (const item of page.items) {
        expect(Number(item.position)).toBe(seen.length + 1);
        seen.push(item);
      }
      cursor = page.nextCursor;
      if (!page.hasMore) return cursor;
    }
  }

  it('gives a reader polling during concurrent, out-of-order commits every change exactly once, with no gaps', async () => {
    let writing = true;
    const seen = new Map<string, ChangeView[]>(clients.map((id) => [id, []]));
    const cursors = new Map<string, string | undefined>();
    const sequencer = async () => {
      while (writing) await sequencePendingChanges(dataSource, 50);
    };
    const reader = async () => {
      while (writing) {
        for (const id of clients) cursors.set(id, await readOn(id, seen.get(id)!, cursors.get(id)));
      }
    };
    const writer = async (clientSystemId: string) => {
      for (let round = 0; round < 15; round++) {
        const complaintId = await fileComplaint(clientSystemId);
        await Promise.all([
          addEntry(complaintId, true),
          addEntry(complaintId, round % 4 !== 0),
          addEntry(complaintId, true),
        ]);
      }
    };

    const background = [sequencer(), sequencer(), reader()];
    await Promise.all([...clients, ...clients, ...clients].map(writer));
    writing = false;
    await Promise.all(background);
    while ((await sequencePendingChanges(dataSource, 50)) > 0);
    for (const id of clients) await readOn(id, seen.get(id)!, cursors.get(id));

    for (const id of clients) {
      const committed: { complaint_id: string; type: string }[] = await dataSource.query(
        `SELECT c.id AS complaint_id, 'status.changed' AS type FROM intake.complaints c WHERE c.client_system_id = $1
         UNION ALL
         SELECT e.complaint_id, e.type FROM intake.complaint_events e JOIN intake.complaints c ON c.id = e.complaint_id WHERE c.client_system_id = $1`,
        [id],
      );
      const key = (row: { complaintId?: string; complaint_id?: string; type: string }) =>
        `${row.complaintId ?? row.complaint_id} ${row.type}`;
      // 45 complaints, each received, its status, and two or three entries.
      expect(committed.length).toBeGreaterThan(45 * 4);
      expect(seen.get(id)!.map(key).sort()).toEqual(committed.map(key).sort());
    }
  });

  it("puts a root cause's entries and status steps on each linked complaint, and catches up a complaint linked later", async () => {
    const client = randomUUID();
    await dataSource.query(`INSERT INTO intake.client_systems (id, name, api_key_hash) VALUES ($1, 'crm-links', $2)`, [
      client,
      randomUUID(),
    ]);
    const [early, late] = [await fileComplaint(client), await fileComplaint(client)];
    const rootCauseId = randomUUID();
    await dataSource.query(`UPDATE intake.complaints SET root_cause_id = $2 WHERE id = $1`, [early, rootCauseId]);
    await dataSource.query(
      `INSERT INTO intake.root_cause_events (event_id, root_cause_id, type, occurred_at, summary, details, status_rank)
       VALUES ($1, $2, 'assignment.created', now(), 'Assigned to Oleg', '{}', 3)`,
      [randomUUID(), rootCauseId],
    );
    await dataSource.query(
      `UPDATE intake.complaints SET status = 'assigned', status_rank = 3 WHERE root_cause_id = $1`,
      [rootCauseId],
    );
    await dataSource.query(`UPDATE intake.complaints SET root_cause_id = $2 WHERE id = $1`, [late, rootCauseId]);
    await sequencePendingChanges(dataSource, 1000);

    const { items } = await feed.execute(client, {});
    const of = (complaintId: string) =>
      items.filter((item) => item.complaintId === complaintId).map((item) => [item.type, item.details]);
    expect(of(early)).toEqual([
      ['complaint.received', { touchpoint: 'store' }],
      ['status.changed', { from: null, to: 'received' }],
      ['assignment.created', {}],
      ['status.changed', { from: 'received', to: 'assigned' }],
    ]);
    expect(of(late).slice(2)).toEqual([['assignment.created', {}]]);
    expect(items.map((item) => Number(item.position))).toEqual(items.map((_, index) => index + 1));
  });

  it.each([
    ['garbage'],
    [Buffer.from('p:01').toString('base64url')],
    [Buffer.from('p:-1').toString('base64url')],
    [Buffer.from('p:1x').toString('base64url')],
  ])('refuses the cursor %p with a 400 naming after', async (after) => {
    await expect(feed.execute(clients[0], { after })).rejects.toMatchObject({
      status: 400,
      response: expect.objectContaining({ errors: [{ field: 'after', reason: expect.any(String) }] }),
    });
  });
});
