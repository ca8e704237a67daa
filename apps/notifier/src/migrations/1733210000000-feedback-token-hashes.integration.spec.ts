import { createServiceDataSource, hashToken, migrate, newToken } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeE2E, testDatabase } from '../../../../test/support/test-stack';
import { notifierDataSourceSpec } from '../persistence/notifier.data-source';
import { NOTIFIER_SCHEMA } from '../persistence/notifier.schema';
import { FeedbackTokenHashes1733210000000 } from './1733210000000-feedback-token-hashes';

/** Links sent before the upgrade keep working: each clear token becomes the hash the service now looks up. */
describeE2E('feedback token hashes migration', () => {
  let dataSource: DataSource;

  afterAll(() => dataSource?.destroy());

  it('replaces each stored token with its SHA-256 and keeps no clear token', async () => {
    const spec = notifierDataSourceSpec(await testDatabase(`notifier_feedback_${randomUUID().slice(0, 8)}`));
    const before = spec.migrations as Function[];
    const upTo = before.indexOf(FeedbackTokenHashes1733210000000);
    expect(upTo).toBeGreaterThan(0);
    const old = await createServiceDataSource({ ...spec, migrations: before.slice(0, upTo), poolSize: 2 }).initialize();
    await migrate(old, NOTIFIER_SCHEMA);
    const sent = [newToken('fb'), newToken('fb')];
    for (const token of sent)
      await old.query(`INSERT INTO notifier.feedback (token, complaint_id) VALUES ($1, $2)`, [token, randomUUID()]);
    await old.destroy();

    dataSource = await createServiceDataSource({ ...spec, poolSize: 2 }).initialize();
    await migrate(dataSource, NOTIFIER_SCHEMA);
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT * FROM notifier.feedback ORDER BY created_at`,
    );
    expect(rows.map((row) => row.token_hash).sort()).toEqual(sent.map(hashToken).sort());
    expect(rows[0]).not.toHaveProperty('token');
    expect(JSON.stringify(rows)).not.toContain(sent[0].slice(3));
  });
});
