import { EntityManager } from 'typeorm';
import { ServiceLevels } from '../domain/deadlines';
import { ChainLink } from '../domain/escalation-chain';
import { Severity, SEVERITIES, SlaPolicy } from '../domain/severity';
import { OpeningHours, Weekday } from '../domain/working-calendar';

/**
 * The SQL of the directory (`escalation.departments` and `escalation.owners`): each department's escalation chain of
 * owners and its service-level policy, as the use cases, timers, guards and the demo seed read and change them.
 */

/** A connection or a transaction's manager: the functions run in whichever the caller holds. */
export type Db = Pick<EntityManager, 'query'>;

/** A department's own deadlines, by severity; a severity left out takes the settings' default. */
export type StoredServiceLevels = Partial<Record<Severity, ServiceLevels>>;

export interface SlaPolicyRow {
  id: string;
  time_zone: string | null;
  working_hours: Partial<Record<Weekday, OpeningHours>> | null;
  holidays: string[];
  critical_ignores_hours: boolean;
  service_levels: StoredServiceLevels | null;
}

export const SLA_POLICY_COLUMNS = `id, time_zone, working_hours, holidays, critical_ignores_hours, service_levels`;

/** The policy a department row stores, over the settings' deadlines per severity. */
export function toSlaPolicy(row: SlaPolicyRow | undefined, defaults: Record<Severity, ServiceLevels>): SlaPolicy {
  const levels = Object.fromEntries(
    SEVERITIES.map((severity) => [severity, row?.service_levels?.[severity] ?? defaults[severity]]),
  ) as SlaPolicy['levels'];
  const calendar =
    row?.time_zone && row.working_hours
      ? { timeZone: row.time_zone, hours: row.working_hours, holidays: row.holidays }
      : null;
  return { calendar, levels, criticalIgnoresHours: row?.critical_ignores_hours ?? false };
}

/** Each department's service-level policy; a department not found (or without settings of its own) gets the defaults. */
export async function readSlaPolicies(
  manager: Db,
  departments: string[],
  defaults: Record<Severity, ServiceLevels>,
): Promise<Map<string, SlaPolicy>> {
  const rows: SlaPolicyRow[] = await manager.query(
    `SELECT ${SLA_POLICY_COLUMNS} FROM escalation.departments WHERE id = ANY($1::text[])`,
    [departments],
  );
  return new Map(
    departments.map((department) => [
      department,
      toSlaPolicy(
        rows.find((row) => row.id === department),
        defaults,
      ),
    ]),
  );
}

export async function readSlaPolicy(
  manager: Db,
  department: string,
  defaults: Record<Severity, ServiceLevels>,
): Promise<SlaPolicy> {
  return (await readSlaPolicies(manager, [department], defaults)).get(department) as SlaPolicy;
}

/** Each department's escalation chain as it is now (owners taken off it are gone), lowest level first. */
export async function readChains(manager: Db, departments: string[]): Promise<Map<string, ChainLink[]>> {
  const rows: { id: string; department_id: string; level: number; name: string }[] = await manager.query(
    `SELECT id, department_id, level, name FROM escalation.owners WHERE department_id = ANY($1::text[]) AND removed_at IS NULL ORDER BY department_id, level`,
    [departments],
  );
  const chains = new Map<string, ChainLink[]>();
  for (const row of rows)
    chains.set(row.department_id, [
      ...(chains.get(row.department_id) ?? []),
      { ownerId: row.id, name: row.name, level: row.level },
    ]);
  return chains;
}

/** An owner on a chain now, found by the hash of their token; undefined once taken off the chain (or unknown). */
export async function currentOwnerByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<{ id: string; name: string; department: string; level: number } | undefined> {
  const [owner]: { id: string; name: string; department: string; level: number }[] = await db.query(
    `SELECT id, name, department_id AS department, level FROM escalation.owners WHERE token_hash = $1 AND removed_at IS NULL`,
    [tokenHash],
  );
  return owner;
}

/** The lowest owner on a department's chain now (its level 1), or undefined when the department has no chain. */
export async function firstOwner(
  db: Db,
  department: string,
): Promise<{ id: string; name: string; level: number } | undefined> {
  const [owner]: { id: string; name: string; level: number }[] = await db.query(
    `SELECT id, name, level FROM escalation.owners WHERE department_id = $1 AND removed_at IS NULL ORDER BY level LIMIT 1`,
    [department],
  );
  return owner;
}

/** Serialises edits of one department, including its creation, until the transaction ends. */
export async function lockDepartmentEdits(db: Db, department: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('escalation:department:' || $1))`, [department]);
}

/** The owners on a department's chain now, lowest level first. */
export function currentChain(db: Db, department: string): Promise<{ id: string; level: number }[]> {
  return db.query(
    `SELECT id, level FROM escalation.owners WHERE department_id = $1 AND removed_at IS NULL ORDER BY level`,
    [department],
  );
}

export async function departmentExists(db: Db, department: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM escalation.departments WHERE id = $1`, [department])).length > 0;
}

/** Creates the department, or renames it. */
export async function upsertDepartment(db: Db, department: string, name: string): Promise<void> {
  await db.query(
    `INSERT INTO escalation.departments (id, name, updated_at) VALUES ($1, $2, now())
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, updated_at = now()`,
    [department, name],
  );
}

/** A new department of the demo seed. */
export async function insertDepartment(db: Db, department: string, name: string): Promise<void> {
  await db.query('INSERT INTO escalation.departments (id, name) VALUES ($1, $2)', [department, name]);
}

/** The department's working calendar; null: deadlines count around the clock. */
export async function setCalendar(
  db: Db,
  department: string,
  calendar: {
    timeZone: string;
    hours: Partial<Record<Weekday, OpeningHours>>;
    holidays: string[];
    criticalIgnoresHours: boolean;
  } | null,
): Promise<void> {
  await db.query(
    `UPDATE escalation.departments SET time_zone = $2, working_hours = $3, holidays = $4, critical_ignores_hours = $5 WHERE id = $1`,
    [
      department,
      calendar?.timeZone ?? null,
      calendar ? JSON.stringify(calendar.hours) : null,
      calendar?.holidays ?? [],
      calendar?.criticalIgnoresHours ?? false,
    ],
  );
}

/** The department's own deadlines per severity; null: the settings' for every severity. */
export async function setServiceLevels(db: Db, department: string, levels: StoredServiceLevels | null): Promise<void> {
  await db.query(`UPDATE escalation.departments SET service_levels = $2 WHERE id = $1`, [
    department,
    levels ? JSON.stringify(levels) : null,
  ]);
}

/** Takes every owner off the department's chain (they no longer sign in); `restoreOwner` brings kept ones back. */
export async function takeChainOff(db: Db, department: string): Promise<void> {
  await db.query(`UPDATE escalation.owners SET removed_at = now() WHERE department_id = $1 AND removed_at IS NULL`, [
    department,
  ]);
}

/** Puts an owner back on their chain at `level`, with their token. */
export async function restoreOwner(
  db: Db,
  owner: { id: string; level: number; name: string; email: string | null },
): Promise<void> {
  await db.query(`UPDATE escalation.owners SET removed_at = NULL, level = $2, name = $3, email = $4 WHERE id = $1`, [
    owner.id,
    owner.level,
    owner.name,
    owner.email,
  ]);
}

/** Adds an owner to a department's chain; only the hash of their token is kept. */
export async function insertOwner(
  db: Db,
  owner: { id: string; department: string; level: number; name: string; email: string | null },
  tokenHash: string,
): Promise<void> {
  await db.query(
    `INSERT INTO escalation.owners (id, department_id, level, name, email, token_hash) VALUES ($1, $2, $3, $4, $5, $6)`,
    [owner.id, owner.department, owner.level, owner.name, owner.email, tokenHash],
  );
}
