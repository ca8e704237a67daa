import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashToken, newToken } from '@redress/platform';

/** A filer files complaints and reads its own; a staff reader (the console) reads every complaint and files none. */
export type ClientSystemKind = 'filer' | 'staff-reader';

/** Registers a client system and returns its API key, which is shown once and stored only as a hash. */
export async function createClientSystem(
  dataSource: DataSource,
  name: string,
  kind: ClientSystemKind = 'filer',
): Promise<{ id: string; apiKey: string }> {
  const id = randomUUID();
  const apiKey = newToken('rk');
  await dataSource.query('INSERT INTO intake.client_systems (id, name, api_key_hash, kind) VALUES ($1, $2, $3, $4)', [
    id,
    name,
    hashToken(apiKey),
    kind,
  ]);
  return { id, apiKey };
}
