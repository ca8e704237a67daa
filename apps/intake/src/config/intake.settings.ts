import { Env, loadServiceSettings, ServiceSettings } from '@redress/platform';

export interface IntakeSettings extends ServiceSettings {
  /** Currency of a claimed remedy when the complaint names no order. */
  defaultCurrency: string;
}

export function loadIntakeSettings(env: Env = process.env): IntakeSettings {
  return { ...loadServiceSettings('intake', env), defaultCurrency: env.COMPENSATION_CURRENCY ?? 'RUB' };
}

export const INTAKE_SETTINGS = Symbol('INTAKE_SETTINGS');
