import { Env, loadServiceSettings, readDuration, readWholeNumber, ServiceSettings } from '@redress/platform';
import { parseWarningPercents } from '../domain/deadline-warnings';
import { ServiceLevels } from '../domain/deadlines';
import { Severity } from '../domain/severity';

export interface EscalationSettings extends ServiceSettings {
  /** The deadlines of a `normal` root cause (ESCALATION_ACK_SLA, ESCALATION_RESOLVE_SLA). */
  serviceLevels: ServiceLevels;
  /** Each severity's deadlines for departments that set none of their own (`normal` is `serviceLevels`). */
  severityLevels: Record<Severity, ServiceLevels>;
  /** How long, in total, an assignment may wait on an outside party before its clock restarts by itself. */
  maxPauseMs: number;
  /** An unresolved assignment whose next deadline is this close shows in `GET /assignments/overdue`. */
  nearBreachWithinMs: number;
  /** Optional supervisor token (ESCALATION_ADMIN_TOKEN) that may read and edit every department's chain. */
  adminToken: string | null;
  timers: { pollIntervalMs: number; batchSize: number; concurrency: number };
  /** The department whose chain calls back customers who gave a low rating. */
  followUpDepartment: string;
  /** Percentages of each deadline's working time at which its owner is warned (SLA_WARNINGS), ascending. */
  warningPercents: number[];
}

export function loadEscalationSettings(env: Env = process.env): EscalationSettings {
  const adminToken = env.ESCALATION_ADMIN_TOKEN?.trim() || null;
  if (adminToken !== null && adminToken.length < 16)
    throw new Error('setting ESCALATION_ADMIN_TOKEN: use at least 16 characters');
  // The console tells whose a token is by its shape: two letters and `_` belong to the other kinds of token.
  if (adminToken !== null && (/^[a-z]{2}_/i.test(adminToken) || !/^[\x21-\x7e]{16,200}$/.test(adminToken)))
    throw new Error(
      'setting ESCALATION_ADMIN_TOKEN: up to 200 printable characters without spaces, not starting with two letters and "_" (the other kinds of token)',
    );
  const serviceLevels = {
    acknowledgeWithinMs: readDuration(env, 'ESCALATION_ACK_SLA', '4h'),
    resolveWithinMs: readDuration(env, 'ESCALATION_RESOLVE_SLA', '5d'),
  };
  const levelsOf = (suffix: string, acknowledge: string, resolve: string): ServiceLevels => ({
    acknowledgeWithinMs: readDuration(env, `ESCALATION_ACK_SLA_${suffix}`, acknowledge),
    resolveWithinMs: readDuration(env, `ESCALATION_RESOLVE_SLA_${suffix}`, resolve),
  });
  const warningPercents = parseWarningPercents(env.SLA_WARNINGS ?? '50,75,90');
  if (!warningPercents)
    throw new Error(
      `setting SLA_WARNINGS: "${env.SLA_WARNINGS}" is not a list of different whole percentages from 1 to 99 such as 50,75,90`,
    );
  return {
    ...loadServiceSettings('escalation', env),
    serviceLevels,
    severityLevels: {
      low: levelsOf('LOW', '8h', '10d'),
      normal: serviceLevels,
      high: levelsOf('HIGH', '2h', '2d'),
      critical: levelsOf('CRITICAL', '1h', '1d'),
    },
    maxPauseMs: readDuration(env, 'ESCALATION_MAX_PAUSE', '72h'),
    nearBreachWithinMs: readDuration(env, 'ESCALATION_NEAR_BREACH', '1h'),
    adminToken,
    timers: {
      pollIntervalMs: readDuration(env, 'ESCALATION_TIMER_POLL', '100ms'),
      batchSize: readWholeNumber(env, 'ESCALATION_TIMER_BATCH', 1000, 1, 10_000),
      concurrency: readWholeNumber(env, 'ESCALATION_TIMER_CONCURRENCY', 3, 1, 10_000),
    },
    followUpDepartment: env.FOLLOW_UP_DEPARTMENT?.trim() || 'customer-care',
    warningPercents,
  };
}

export const ESCALATION_SETTINGS = Symbol('ESCALATION_SETTINGS');
