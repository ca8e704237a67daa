import { OutboxRelayJob, UnitOfWork } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeE2E } from '../../../../../test/support/test-stack';
import { migratedTestDataSource } from '../../../../../test/support/test-data-source';
import { intakeDataSourceSpec } from '../../persistence/intake.data-source';
import { INTAKE_SCHEMA } from '../../persistence/intake.schema';
import { ComplaintErasure } from './complaint-erasure.service';
import { RetentionSweepJob } from './retention-sweep.job';

const DAY = 86_400_000;

/** Erasure on schedule, with the clock passed in: what is due goes, in batches; what is not stays. */
describeE2E('personal data retention sweep', () => {
  let dataSource: DataSource;
  let sweep: RetentionSweepJob;
  const now = new Date('2030-06-01T12:00:00Z');
  const crm = randomUUID();
  const shop = randomUUID();

  beforeAll(async () => {
    dataSource = await migratedTestDataSource('intake_retention', intakeDataSourceSpec);
    // The shop keeps personal data one day after closure; the CRM the default three years.
    await dataSource.query(
      `INSERT INTO intake.client_systems (id, name, api_key_hash, personal_data_retention_ms)
       VALUES ($1, 'crm', $2, NULL), ($3, 'shop', $4, $5)`,
      [crm, randomUUID(), shop, randomUUID(), DAY],
    );
    const unitOfWork = new UnitOfWork(dataSource, { committed: () => undefined } as unknown as OutboxRelayJob, {
      service: 'intake',
      schema: INTAKE_SCHEMA,
      brokers: [],
    });
    const retention = { afterClosureMs: 1095 * DAY, sweepIntervalMs: DAY, batch: 2 };
    sweep = new RetentionSweepJob(unitOfWork, new ComplaintErasure(), { retention });
  });

  afterAll(() => dataSource?.destroy());

  async function complaint(client: string, closedDaysAgo: number | null): Promise<string> {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO intake.complaints (id, client_system_id, customer, touchpoint, text, dissatisfaction, received_at, status,
         status_rank, closed_at)
       VALUES ($1, $2, $3, 'web', 'Call Anna on +79161234567', 'upset', $4, $5, 7, $6)`,
      [
        id,
        client,
        { name: 'Anna Petrova', phone: '+79161234567' },
        new Date(now.getTime() - 2000 * DAY),
        closedDaysAgo === null ? 'resolved' : 'closed',
        closedDaysAgo === null ? null : new Date(now.getTime() - closedDaysAgo * DAY),
      ],
    );
    return id;
  }

  const erased = async (ids: string[]): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT id FROM intake.complaints WHERE id = ANY($1) AND erased_at IS NOT NULL AND customer = '{"erased": true}'
           AND text = 'Call [erased] on [erased]'`,
        [ids],
      )
    ).map((row: { id: string }) => row.id);

  it('erases complaints closed longer ago than their retention, in batches, and nothing else', async () => {
    const due = [
      await complaint(crm, 1100),
      await complaint(crm, 1096),
      await complaint(crm, 1200),
      await complaint(shop, 2),
    ];
    const kept = [await complaint(crm, 1000), await complaint(crm, null), await complaint(shop, 0)];

    expect(await sweep.sweep(now)).toBe(4);

    expect((await erased(due)).sort()).toEqual([...due].sort());
    expect(await erased(kept)).toEqual([]);
    // One erasure per client system and batch (batches of 2), each announced to the other services.
    const erasures = await dataSource.query(
      `SELECT client_system_id, reason, complaint_count FROM intake.erasures ORDER BY complaint_count DESC, client_system_id`,
    );
    expect(erasures.reduce((sum: number, row: { complaint_count: number }) => sum + row.complaint_count, 0)).toBe(4);
    expect(erasures.every((row: { reason: string }) => row.reason === 'retention')).toBe(true);
    const announced = await dataSource.query(
      `SELECT payload::jsonb -> 'data' -> 'complaintIds' AS ids FROM intake.outbox WHERE event_type = 'customer.erased'`,
    );
    expect(announced.flatMap((row: { ids: string[] }) => row.ids).sort()).toEqual([...due].sort());
    const audit = await dataSource.query(`SELECT DISTINCT action, requested_by FROM intake.privacy_audit`);
    expect(audit).toEqual([{ action: 'erasure', requested_by: 'retention' }]);

    // The next day: nothing new is due, nothing is erased twice.
    expect(await sweep.sweep(new Date(now.getTime() + DAY / 2))).toBe(0);
    // A day later the shop's complaint closed today is due.
    expect(await sweep.sweep(new Date(now.getTime() + 2 * DAY))).toBe(1);
    expect(await erased(kept)).toEqual([kept[2]]);
  });
});
