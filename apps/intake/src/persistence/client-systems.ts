import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashToken, newToken } from '@redress/platform';

/** Registers a client system and returns its API key, which is shown once and stored only as a hash. */
export async function createClientSystem(dataSource: DataSource, name: string): Promise<{ id: string; apiKey: string }> {
  const id = randomUUID();
  const apiKey = newToken('rk');
  await dataSource.query('INSERT INTO intake.client_systems (id, name, api_key_hash) VALUES ($1, $2, $3)', [
    id,
    name,
    hashToken(apiKey),
  ]);
  return { id, apiKey };
}
