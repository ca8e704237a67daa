import { hashToken, newToken } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** One supervisor, who reviews compensations and reads notifications. */
export async function seedNotifierDemo(dataSource: DataSource): Promise<{ supervisorToken: string }> {
  const supervisorToken = newToken('rs');
  await dataSource.query('INSERT INTO notifier.supervisors (id, name, token_hash) VALUES ($1, $2, $3)', [
    randomUUID(),
    'Demo supervisor',
    hashToken(supervisorToken),
  ]);
  return { supervisorToken };
}
