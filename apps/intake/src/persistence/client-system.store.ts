import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashToken, isUuid, newToken } from '@redress/platform/provisioning';

/** Enough of a key to tell it apart in a list or name it for revocation, far too little to use it: `rk_` and 8 more. */
export function keyPrefix(apiKey: string): string {
  return apiKey.slice(0, 11);
}

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
  await dataSource.query(
    'INSERT INTO intake.client_systems (id, name, api_key_hash, kind, key_prefix) VALUES ($1, $2, $3, $4, $5)',
    [id, name, hashToken(apiKey), kind, keyPrefix(apiKey)],
  );
  return { id, apiKey };
}

/** Whether a client system has this name, revoked or not: names are never reused. */
export async function clientSystemExists(dataSource: DataSource, name: string): Promise<boolean> {
  const rows: unknown[] = await dataSource.query('SELECT 1 FROM intake.client_systems WHERE name = $1', [name]);
  return rows.length > 0;
}

export interface RevokedClientSystem {
  id: string;
  name: string;
  revokedAt: string;
}

/**
 * Revokes the API key of the client system with this id (a UUID) or else name, for good (a new key is a new client system); the
 * complaints it filed stay. Revoking twice keeps the first time. Null when there is no such client system.
 */
export async function revokeClientSystem(
  dataSource: DataSource,
  idOrName: string,
): Promise<RevokedClientSystem | null> {
  // An UPDATE ... RETURNING answers [rows, count].
  const [[revoked]] = await dataSource.query(
    `UPDATE intake.client_systems SET revoked_at = coalesce(revoked_at, now())
     WHERE ${isUuid(idOrName) ? 'id' : 'name'} = $1 RETURNING id, name, revoked_at`,
    [idOrName],
  );
  return revoked ? { id: revoked.id, name: revoked.name, revokedAt: new Date(revoked.revoked_at).toISOString() } : null;
}

/**
 * Changes whenever a key is revoked or rotated out (neither is ever undone, so each count only grows): what every
 * replica polls to forget cached keys.
 */
export async function keyRevocationVersion(dataSource: DataSource): Promise<string> {
  const [{ version }] = await dataSource.query(
    `SELECT (SELECT count(revoked_at) FROM intake.client_systems) || '/' ||
            (SELECT count(*) + count(revoked_at) FROM intake.retired_client_keys) AS version`,
  );
  return version;
}

/**
 * Sets how long after closure this client system's complaints keep their customer's data (null: PERSONAL_DATA_RETENTION).
 * The client system is named by id (a UUID) or name; returns its name, or null when there is none.
 */
export async function setClientRetention(
  dataSource: DataSource,
  idOrName: string,
  retentionMs: number | null,
): Promise<string | null> {
  const rows: { name: string }[] = await dataSource.query(
    `UPDATE intake.client_systems SET personal_data_retention_ms = $2
     WHERE ${isUuid(idOrName) ? 'id = $1::uuid' : 'name = $1'} RETURNING name`,
    [idOrName, retentionMs],
  );
  return rows[0]?.name ?? null;
}
