import { randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { hashToken, isUuid, newToken } from './tokens';

/**
 * Admins revoke supervisors and API keys. An admin token belongs to one service (an operator who may revoke API keys
 * on intake cannot revoke supervisors on the notifier unless given a token there too), is made only by the
 * `admin:create` CLI with database access, shown once and stored as its SHA-256, like every other token.
 */
/** For a service's migration: its admin tokens, revocable. */
export async function createAdminTokensTable(db: QueryRunner, schema: string): Promise<void> {
  await db.query(`
    CREATE TABLE "${schema}".admin_tokens (
      id          uuid PRIMARY KEY,
      name        text NOT NULL UNIQUE,
      token_hash  text NOT NULL UNIQUE,
      created_at  timestamptz NOT NULL DEFAULT now(),
      revoked_at  timestamptz
    )`);
}

export async function dropAdminTokensTable(db: QueryRunner, schema: string): Promise<void> {
  await db.query(`DROP TABLE "${schema}".admin_tokens`);
}

export interface Admin {
  id: string;
  name: string;
}

/**
 * Each service's admin tokens have a prefix of their own, so the console knows which service to ask who one is:
 * `ra_` intake (the first, kept), `rn_` notifier. (Escalation's admin token is its ESCALATION_ADMIN_TOKEN setting.)
 */
export const ADMIN_TOKEN_PREFIXES: Record<string, string> = { intake: 'ra', notifier: 'rn' };

export async function createAdminToken(
  dataSource: DataSource,
  schema: string,
  name: string,
): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const prefix = ADMIN_TOKEN_PREFIXES[schema];
  if (!prefix) throw new Error(`no admin tokens on ${schema}`);
  const token = newToken(prefix);
  await dataSource.query(`INSERT INTO "${schema}".admin_tokens (id, name, token_hash) VALUES ($1, $2, $3)`, [
    id,
    name,
    hashToken(token),
  ]);
  return { id, token };
}

/** Revokes the admin token with this id (a UUID) or else name; null when there is none. */
export async function revokeAdminToken(
  dataSource: DataSource,
  schema: string,
  idOrName: string,
): Promise<Admin | null> {
  // An UPDATE ... RETURNING answers [rows, count].
  const [[admin]] = await dataSource.query(
    `UPDATE "${schema}".admin_tokens SET revoked_at = coalesce(revoked_at, now())
     WHERE ${isUuid(idOrName) ? 'id' : 'name'} = $1 RETURNING id, name`,
    [idOrName],
  );
  return admin ?? null;
}
