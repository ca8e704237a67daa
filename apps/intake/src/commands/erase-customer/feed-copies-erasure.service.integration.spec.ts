import { OutboxRelayJob, UnitOfWork } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeE2E } from '../../../../../test/support/test-stack';
import { migratedTestDataSource } from '../../../../../test/support/test-data-source';
import { intakeDataSourceSpec } from '../../persistence/intake.data-source';
import { INTAKE_SCHEMA } from '../../persistence/intake.schema';
import { ComplaintErasure } from './complaint-erasure.service';
import { eraseFeedCopies } from './feed-copies-erasure.service';

const CUSTOMER = {
  name: 'Vera Kopieva',
  formOfAddress: 'Ms Kopieva',
  phone: '+79167654321',
  email: 'vera@example.com',
};
const TABLES = ['complaint_events', 'pending_changes', 'client_changes', 'webhook_deliveries'];

/**
 * Erasure reaches the copies of a complaint's timeline: the change feed (pending and numbered) and the subscription
 * deliveries, pending or finished, on the real migrated tables; in batches; and again changes nothing.
 */
describeE2E('erasing the feed and webhook copies of a timeline', () => {
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;
  const client = randomUUID();

  beforeAll(async () => {
    dataSource = await migratedTestDataSource('intake_feed_erasure', intakeDataSourceSpec);
    await dataSource.query(`INSERT INTO intake.client_systems (id, name, api_key_hash) VALUES ($1, 'crm', $2)`, [
      client,
      randomUUID(),
    ]);
    unitOfWork = new UnitOfWork(dataSource, { committed: () => undefined } as unknown as OutboxRelayJob, {
      service: 'intake',
      schema: INTAKE_SCHEMA,
      brokers: [],
    });
  });

  afterAll(() => dataSource?.destroy());

  /** A complaint whose timeline, feed and deliveries quote the customer, `entries` times each. */
  async function complaint(entries: number): Promise<string> {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO intake.complaints (id, client_system_id, customer, touchpoint, text, dissatisfaction, received_at, status, status_rank)
       VALUES ($1, $2, $3, 'web', 'Late parcel', 'upset', now(), 'resolved', 5)`,
      [id, client, CUSTOMER],
    );
    const summary = `Message to ${CUSTOMER.formOfAddress} sent to ${CUSTOMER.email}`;
    const details = { text: `Dear ${CUSTOMER.name}, we call you on 8 (916) 765-43-21`, attempts: 1, nested: ['ok'] };
    for (let i = 0; i < entries; i++) {
      await dataSource.query(
        `INSERT INTO intake.complaint_events (event_id, complaint_id, type, occurred_at, summary, details)
         VALUES ($1, $2, 'customer.notified', now(), $3, $4)`,
        [randomUUID(), id, summary, details],
      );
      const [{ position }] = await dataSource.query(
        `INSERT INTO intake.client_changes (client_system_id, position, complaint_id, type, at, summary, details)
         VALUES ($1, coalesce((SELECT max(position) FROM intake.client_changes WHERE client_system_id = $1), 0) + 1,
                 $2, 'customer.notified', now(), $3, $4)
         RETURNING position`,
        [client, id, summary, details],
      );
      await dataSource.query(
        `INSERT INTO intake.webhook_deliveries (id, client_system_id, position, complaint_id, type, at, summary, details, status)
         VALUES ($1, $2, $3, $4, 'customer.notified', now(), $5, $6, $7)`,
        [randomUUID(), client, position, id, summary, details, i % 2 === 0 ? 'pending' : 'delivered'],
      );
    }
    return id;
  }

  /** Rows of the copies that still name the customer in any column, searched as text. */
  async function traces(ids: string[]): Promise<string[]> {
    const found: string[] = [];
    for (const table of TABLES) {
      const rows = await dataSource.query(
        `SELECT t::text AS row FROM intake.${table} t WHERE complaint_id = ANY($1)
           AND (t::text ILIKE ANY($2) OR regexp_replace(t::text, '\\D', '', 'g') LIKE '%9167654321%')`,
        [ids, ['%Kopieva%', '%vera@example.com%', '%Vera%']],
      );
      found.push(...rows.map((row: { row: string }) => `${table}: ${row.row}`));
    }
    return found;
  }

  const count = async (table: string, ids: string[]) =>
    Number(
      (await dataSource.query(`SELECT count(*) AS n FROM intake.${table} WHERE complaint_id = ANY($1)`, [ids]))[0].n,
    );

  it('redacts every copy, keeps the rows and their order, in batches, and erasing again changes nothing', async () => {
    // More rows than one batch (500) for one complaint; another complaint of the same customer; one of someone else.
    const ids = [await complaint(510), await complaint(2)];
    const other = await complaint(1);
    await dataSource.query(`UPDATE intake.complaints SET customer = $2 WHERE id = $1`, [
      other,
      { name: 'Anna Petrova', phone: '+79161234567' },
    ]);
    expect((await traces(ids)).length).toBeGreaterThan(0);
    const positions = await dataSource.query(
      `SELECT position FROM intake.webhook_deliveries WHERE complaint_id = ANY($1) ORDER BY position`,
      [ids],
    );

    const complaints = await dataSource.query(`SELECT id, customer, text FROM intake.complaints WHERE id = ANY($1)`, [
      ids,
    ]);
    await unitOfWork.run((tx) =>
      new ComplaintErasure().erase(tx, client, complaints, { reason: 'request', requestedBy: 'test' }),
    );

    expect(await traces(ids)).toEqual([]);
    for (const table of TABLES.filter((table) => table !== 'pending_changes'))
      expect(await count(table, ids)).toBe(512);
    expect(
      await dataSource.query(
        `SELECT position FROM intake.webhook_deliveries WHERE complaint_id = ANY($1) ORDER BY position`,
        [ids],
      ),
    ).toEqual(positions);
    const [delivery] = await dataSource.query(
      `SELECT summary, details, status FROM intake.webhook_deliveries WHERE complaint_id = $1 AND status = 'pending' LIMIT 1`,
      [ids[1]],
    );
    expect(delivery).toEqual({
      summary: 'Message to [erased] sent to [erased]',
      details: { text: 'Dear [erased], we call you on [erased]', attempts: 1, nested: ['ok'] },
      status: 'pending',
    });
    // Another complaint's copies are not touched, even where they quote the same words (one row in each table).
    expect((await traces([other])).length).toBe(TABLES.length);
    const [untouched] = await dataSource.query(`SELECT summary FROM intake.client_changes WHERE complaint_id = $1`, [
      other,
    ]);
    expect(untouched.summary).toBe(`Message to ${CUSTOMER.formOfAddress} sent to ${CUSTOMER.email}`);

    // Again, naming the customer as a request would: nothing left to change.
    const identity = [CUSTOMER];
    expect(await unitOfWork.run((tx) => eraseFeedCopies(tx, client, new Map(ids.map((id) => [id, identity]))))).toBe(0);
  });
});
