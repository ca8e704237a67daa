import { EntityManager } from 'typeorm';
import { ServiceLevels } from '../domain/deadlines';
import { Severity, SEVERITIES, SlaPolicy } from '../domain/severity';
import { OpeningHours, Weekday } from '../domain/working-calendar';

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
  manager: EntityManager,
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
  manager: EntityManager,
  department: string,
  defaults: Record<Severity, ServiceLevels>,
): Promise<SlaPolicy> {
  return (await readSlaPolicies(manager, [department], defaults)).get(department) as SlaPolicy;
}
