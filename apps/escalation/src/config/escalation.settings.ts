import { Env, loadServiceSettings, readDuration, ServiceSettings } from '@redress/platform';
import { ServiceLevels } from '../domain/deadlines';

export interface EscalationSettings extends ServiceSettings {
  serviceLevels: ServiceLevels;
}

export function loadEscalationSettings(env: Env = process.env): EscalationSettings {
  return {
    ...loadServiceSettings('escalation', env),
    serviceLevels: {
      acknowledgeWithinMs: readDuration(env, 'ESCALATION_ACK_SLA', '4h'),
      resolveWithinMs: readDuration(env, 'ESCALATION_RESOLVE_SLA', '5d'),
    },
  };
}

export const ESCALATION_SETTINGS = Symbol('ESCALATION_SETTINGS');
