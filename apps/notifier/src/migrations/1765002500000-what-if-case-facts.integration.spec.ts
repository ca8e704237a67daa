import { createServiceDataSource, migrate } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeE2E, testDatabase } from '../../../../test/support/test-stack';
import { notifierDataSourceSpec } from '../persistence/notifier.data-source';
import { NOTIFIER_SCHEMA } from '../persistence/notifier.schema';
import { WhatIfCaseFacts1765002500000 } from './1765002500000-what-if-case-facts';

const FACTS = `dissatisfaction, order_amount::int AS order_amount, order_currency, claimed_amount::int AS claimed_amount,
  claimed_currency, complaint_root_cause_id, playbook_amount::int AS playbook_amount`;

/**
 * The what-if reads each compensation's copy of its complaint's facts: compensations from before the migration are
 * filled in, and the triggers keep the copy as complaints are relinked and playbook grants written.
 */
describeE2E('what-if case facts migration', () => {
  let dataSource: DataSource;
  const [firstCause, secondCause] = [randomUUID(), randomUUID()];

  afterAll(() => dataSource?.destroy());

  const complaint = (id: string, claimed: number | null) =>
    dataSource.query(
      `INSERT INTO notifier.complaints (id, received_at, dissatisfaction, order_amount, order_currency, claimed_amount,
                                        claimed_currency, root_cause_id)
       VALUES ($1, now(), 'upset', 250000, 'RUB', $2, CASE WHEN $2::bigint IS NULL THEN NULL ELSE 'RUB' END, $3)`,
      [id, claimed, firstCause],
    );
  const compensate = (id: string) =>
    dataSource.query(
      `INSERT INTO notifier.compensations (id, complaint_id, root_cause_id, currency, granted, basis, status, period)
       VALUES (gen_random_uuid(), $1, NULL, 'RUB', 0, 'tier', 'none', '2026-12')`,
      [id],
    );
  const facts = async (id: string) =>
    (await dataSource.query(`SELECT ${FACTS} FROM notifier.compensations WHERE complaint_id = $1`, [id]))[0];

  it('fills compensations from before and keeps the copy as complaints and playbook grants change', async () => {
    const spec = notifierDataSourceSpec(await testDatabase(`notifier_whatif_${randomUUID().slice(0, 8)}`));
    const all = spec.migrations as Function[];
    const upTo = all.indexOf(WhatIfCaseFacts1765002500000);
    expect(upTo).toBeGreaterThan(0);
    dataSource = await createServiceDataSource({ ...spec, migrations: all.slice(0, upTo), poolSize: 2 }).initialize();
    await migrate(dataSource, NOTIFIER_SCHEMA);
    const before = randomUUID();
    await complaint(before, 5000);
    await compensate(before);
    await dataSource.destroy();

    dataSource = await createServiceDataSource({ ...spec, poolSize: 2 }).initialize();
    await migrate(dataSource, NOTIFIER_SCHEMA);
    expect(await facts(before)).toEqual({
      dissatisfaction: 'upset',
      order_amount: 250000,
      order_currency: 'RUB',
      claimed_amount: 5000,
      claimed_currency: 'RUB',
      complaint_root_cause_id: firstCause,
      playbook_amount: null,
    });

    // Written after the migration: the compensation takes them; a relink (a move or merge) follows.
    const after = randomUUID();
    await complaint(after, null);
    await compensate(after);
    expect(await facts(after)).toMatchObject({ claimed_amount: null, claimed_currency: null, order_amount: 250000 });
    await dataSource.query(`UPDATE notifier.complaints SET root_cause_id = $2 WHERE id = $1`, [after, secondCause]);
    expect((await facts(after)).complaint_root_cause_id).toBe(secondCause);
    expect((await facts(before)).complaint_root_cause_id).toBe(firstCause);

    // A playbook's grant, as the applier writes it: the application first at 0, the grant once settled.
    const playbook = randomUUID();
    await dataSource.query(
      `INSERT INTO notifier.playbooks (id, name, touchpoint, keywords, active_from, message, compensation, currency, created_by)
       VALUES ($1, 'outage', 'delivery', '{}', now(), '{}'::jsonb, 30000, 'RUB', $1)`,
      [playbook],
    );
    const played = randomUUID();
    await complaint(played, null);
    await dataSource.query(
      `INSERT INTO notifier.playbook_applications (complaint_id, playbook_id, applied_at, compensation, currency)
       VALUES ($1, $2, now(), 0, 'RUB')`,
      [played, playbook],
    );
    await compensate(played);
    expect((await facts(played)).playbook_amount).toBe(0);
    await dataSource.query(`UPDATE notifier.playbook_applications SET compensation = 20000 WHERE complaint_id = $1`, [
      played,
    ]);
    expect((await facts(played)).playbook_amount).toBe(20000);
  });
});
