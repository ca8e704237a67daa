import { hashToken, isUuid, newToken } from '@redress/platform';
import { DataSource } from 'typeorm';
import { ClientSystemKind, keyPrefix } from './client-system.store';

export interface RotatedKey {
  id: string;
  name: string;
  /** Shown only now; only its hash is stored. */
  apiKey: string;
  keyPrefix: string;
  /** When the key it replaces stops working, or null when there was none left to keep (a revoked client system). */
  previousKeyExpiresAt: string | null;
}

/**
 * Gives the unrevoked client system with this id or name a new key; its current key keeps working for `overlapMs`
 * (0: stops at once). Null when there is no such unrevoked client system.
 */
export async function rotateClientKey(
  dataSource: DataSource,
  idOrName: string,
  overlapMs: number,
): Promise<RotatedKey | null> {
  const apiKey = newToken('rk');
  return dataSource.transaction(async (tx) => {
    const [client]: { id: string; name: string }[] = await tx.query(
      `SELECT id, name FROM intake.client_systems WHERE ${isUuid(idOrName) ? 'id' : 'name'} = $1 AND revoked_at IS NULL FOR UPDATE`,
      [idOrName],
    );
    if (!client) return null;
    const [retired]: { expires_at: Date }[] = await tx.query(
      `INSERT INTO intake.retired_client_keys (key_hash, client_system_id, key_prefix, expires_at, last_used_at)
       SELECT api_key_hash, id, key_prefix, now() + make_interval(secs => $2), last_used_at FROM intake.client_systems WHERE id = $1
       RETURNING expires_at`,
      [client.id, overlapMs / 1000],
    );
    await tx.query(
      `UPDATE intake.client_systems SET api_key_hash = $2, key_prefix = $3, last_used_at = NULL WHERE id = $1`,
      [client.id, hashToken(apiKey), keyPrefix(apiKey)],
    );
    return { ...client, apiKey, keyPrefix: keyPrefix(apiKey), previousKeyExpiresAt: retired.expires_at.toISOString() };
  });
}

export interface RevokedKey {
  keyPrefix: string;
  clientSystem: string;
  revokedAt: string;
}

/**
 * Revokes the rotated-out key with this prefix, for good. Null when no rotated-out key has it: a client system's
 * current key goes with the client system (revokeClientSystem) or is replaced (rotateClientKey with no overlap).
 */
export async function revokeRetiredKey(dataSource: DataSource, prefix: string): Promise<RevokedKey | null> {
  const [[revoked]] = await dataSource.query(
    `UPDATE intake.retired_client_keys k SET revoked_at = coalesce(k.revoked_at, now())
     FROM intake.client_systems c WHERE c.id = k.client_system_id AND k.key_prefix = $1
     RETURNING k.key_prefix, c.name, k.revoked_at`,
    [prefix],
  );
  return revoked
    ? {
        keyPrefix: revoked.key_prefix,
        clientSystem: revoked.name,
        revokedAt: new Date(revoked.revoked_at).toISOString(),
      }
    : null;
}

/** Whether a prefix names a client system's current key, and which client system. */
export async function currentKeyHolder(dataSource: DataSource, prefix: string): Promise<string | null> {
  const [holder]: { name: string }[] = await dataSource.query(
    'SELECT name FROM intake.client_systems WHERE key_prefix = $1',
    [prefix],
  );
  return holder?.name ?? null;
}

export interface ClientKeyListing {
  id: string;
  name: string;
  kind: ClientSystemKind;
  createdAt: string;
  revokedAt: string | null;
  keys: {
    keyPrefix: string | null;
    current: boolean;
    lastUsedAt: string | null;
    expiresAt: string | null;
    revokedAt: string | null;
  }[];
}

/** Every client system with its current key and the rotated-out keys that still work, newest client first. */
export async function listClientKeys(dataSource: DataSource): Promise<ClientKeyListing[]> {
  const rows: {
    id: string;
    name: string;
    kind: ClientSystemKind;
    created_at: Date;
    revoked_at: Date | null;
    key_prefix: string | null;
    last_used_at: Date | null;
    retired: {
      key_prefix: string | null;
      last_used_at: string | null;
      expires_at: string;
      revoked_at: string | null;
    }[];
  }[] = await dataSource.query(
    `SELECT c.id, c.name, c.kind, c.created_at, c.revoked_at, c.key_prefix, c.last_used_at,
            coalesce(json_agg(json_build_object('key_prefix', k.key_prefix, 'last_used_at', k.last_used_at, 'expires_at', k.expires_at,
              'revoked_at', k.revoked_at) ORDER BY k.retired_at DESC) FILTER (WHERE k.key_hash IS NOT NULL), '[]') AS retired
     FROM intake.client_systems c
     LEFT JOIN intake.retired_client_keys k ON k.client_system_id = c.id AND k.expires_at > now() AND k.revoked_at IS NULL
     GROUP BY c.id ORDER BY c.created_at DESC, c.name`,
  );
  const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    createdAt: row.created_at.toISOString(),
    revokedAt: iso(row.revoked_at),
    keys: [
      {
        keyPrefix: row.key_prefix,
        current: true,
        lastUsedAt: iso(row.last_used_at),
        expiresAt: null,
        revokedAt: iso(row.revoked_at),
      },
      ...row.retired.map((key) => ({
        keyPrefix: key.key_prefix,
        current: false,
        lastUsedAt: iso(key.last_used_at),
        expiresAt: iso(key.expires_at),
        revokedAt: null,
      })),
    ],
  }));
}

/** A client system with when the key it was found by stops working (a rotated-out key), if ever. */
export interface KeyHolder {
  id: string;
  name: string;
  kind: ClientSystemKind;
  expiresAt: number | null;
}

/** The unrevoked client system holding the unexpired, unrevoked current or rotated-out key with this hash, if any. */
export async function findKeyHolder(dataSource: DataSource, keyHash: string): Promise<KeyHolder | undefined> {
  const [holder]: { id: string; name: string; kind: ClientSystemKind; expires_at: Date | null }[] =
    await dataSource.query(
      `SELECT id, name, kind, NULL::timestamptz AS expires_at FROM intake.client_systems WHERE api_key_hash = $1 AND revoked_at IS NULL
       UNION ALL
       SELECT c.id, c.name, c.kind, k.expires_at FROM intake.retired_client_keys k JOIN intake.client_systems c ON c.id = k.client_system_id
       WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND k.expires_at > now() AND c.revoked_at IS NULL`,
      [keyHash],
    );
  return (
    holder && { id: holder.id, name: holder.name, kind: holder.kind, expiresAt: holder.expires_at?.getTime() ?? null }
  );
}

/** Records that a key was used, unless that was already recorded within the last minute. */
export async function touchKey(dataSource: DataSource, keyHash: string): Promise<void> {
  await dataSource.query(
    `WITH current AS (
       UPDATE intake.client_systems SET last_used_at = now()
       WHERE api_key_hash = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
     )
     UPDATE intake.retired_client_keys SET last_used_at = now()
     WHERE key_hash = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [keyHash],
  );
}
