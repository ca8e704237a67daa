import { Env, loadServiceSettings, ServiceSettings } from '@redress/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CategoryRules } from '../domain/categorise';

export interface TriageSettings extends ServiceSettings {
  categoryRules: CategoryRules;
}

/** Category rules live in a JSON file (CATEGORY_RULES_FILE), so they change without a release. */
export function loadTriageSettings(env: Env = process.env): TriageSettings {
  const rulesFile = env.CATEGORY_RULES_FILE ?? join(process.cwd(), 'apps/triage/config/category-rules.json');
  return {
    ...loadServiceSettings('triage', env),
    categoryRules: JSON.parse(readFileSync(rulesFile, 'utf8')) as CategoryRules,
  };
}

export const TRIAGE_SETTINGS = Symbol('TRIAGE_SETTINGS');
