import { ServiceLevels } from './deadlines';
import { WorkingCalendar } from './working-calendar';

export const SEVERITIES = ['low', 'normal', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** A department's service-level policy: its calendar (null: wall clock) and its deadlines per severity. */
export interface SlaPolicy {
  calendar: WorkingCalendar | null;
  levels: Record<Severity, ServiceLevels>;
  /** Critical root causes run on the wall clock, nights and holidays included. */
  criticalIgnoresHours: boolean;
}

/** The deadlines and the clock an assignment of `severity` runs on in a department with `policy`. */
export function slaFor(
  policy: SlaPolicy,
  severity: Severity,
): { levels: ServiceLevels; calendar: WorkingCalendar | null } {
  const calendar = severity === 'critical' && policy.criticalIgnoresHours ? null : policy.calendar;
  return { levels: policy.levels[severity], calendar };
}
