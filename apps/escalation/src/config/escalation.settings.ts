import { Env, loadServiceSettings, readDuration, readWholeNumber, ServiceSettings } from '@redress/platform';
import { ServiceLevels } from '../domain/deadlines';

export interface EscalationSettings extends ServiceSettings {
  serviceLevels: ServiceLevels;
  /** An unresolved assignment whose next deadline is this close shows in `GET /assignments/overdue`. */
  nearBreachWithinMs: number;
  /** Optional supervisor token (ESCALATION_ADMIN_TOKEN) that may read and edit every department's chain. */
  adminToken: string | null;
  timers: { pollIntervalMs: number; batchSize: number; concurrency: number };
  /** The department whose chain calls back customers who gave a low rating. */
  followUpDepartment: string;
}

export function loadEscalationSettings(env: Env = process.env): EscalationSettings {
  const adminToken = env.ESCALATION_ADMIN_TOKEN?.trim() || null;
  if (adminToken !== null && adminToken.length < 16) throw new Error('setting ESCALATION_ADMIN_TOKEN: use at least 16 characters');
  return {
    ...loadServiceSettings('escalation', env),
    serviceLevels: {
      acknowledgeWithinMs: readDuration(env, 'ESCALATION_ACK_SLA', '4h'),
      resolveWithinMs: readDuration(env, 'ESCALATION_RESOLVE_SLA', '5d'),
    },
    nearBreachWithinMs: readDuration(env, 'ESCALATION_NEAR_BREACH', '1h'),
    adminToken,
    timers: {
      pollIntervalMs: readDuration(env, 'ESCALATION_TIMER_POLL', '100ms'),
      batchSize: readWholeNumber(env, 'ESCALATION_TIMER_BATCH', 1000, 1, 10_000),
      concurrency: readWholeNumber(env, 'ESCALATION_TIMER_CONCURRENCY', 3, 1, 10_000),
    },
    followUpDepartment: env.FOLLOW_UP_DEPARTMENT?.trim() || 'customer-care',
  };
}

export const ESCALATION_SETTINGS = Symbol('ESCALATION_SETTINGS');
