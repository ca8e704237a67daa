import { Db, returnedRows } from './rows';

/** A supervisor who may still act (not revoked). */
export interface SupervisorRow {
  id: string;
  name: string;
}

/** The SQL of the supervisors (`notifier.supervisors`): who may decide compensations, until revoked. */
export async function unrevokedSupervisorByTokenHash(db: Db, tokenHash: string): Promise<SupervisorRow | undefined> {
  const [supervisor]: SupervisorRow[] = await db.query(
    `SELECT id, name FROM notifier.supervisors WHERE token_hash = $1 AND revoked_at IS NULL`,
    [tokenHash],
  );
  return supervisor;
}

/** Revokes by id or else by name; revoking twice keeps the first time. Undefined when there is no such supervisor. */
export async function revokeSupervisorRow(
  db: Db,
  idOrName: string,
  byId: boolean,
): Promise<{ id: string; name: string; revoked_at: Date } | undefined> {
  const [revoked] = returnedRows<{ id: string; name: string; revoked_at: Date }>(
    await db.query(
      `UPDATE notifier.supervisors SET revoked_at = coalesce(revoked_at, now()) WHERE ${byId ? 'id' : 'name'} = $1 RETURNING id, name, revoked_at`,
      [idOrName],
    ),
  );
  return revoked;
}

export function unrevokedSupervisorsNamed(db: Db, name: string): Promise<{ name: string }[]> {
  return db.query('SELECT name FROM notifier.supervisors WHERE name = $1 AND revoked_at IS NULL', [name]);
}

export async function insertSupervisor(db: Db, id: string, name: string, tokenHash: string): Promise<void> {
  await db.query('INSERT INTO notifier.supervisors (id, name, token_hash) VALUES ($1, $2, $3)', [id, name, tokenHash]);
}
