import { TOUCHPOINTS } from '@redress/contracts';
import { Env, loadServiceSettings, readDuration, readWholeNumber, ServiceSettings } from '@redress/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CategoryRules, checkCategoryRules } from '../domain/category-rules';

export interface CommitteeSettings {
  /** How long the committee has to identify a new root cause before the deadline rules decide. */
  reviewTimeoutMs: number;
  /** Agreeing votes needed; undefined means a majority of the roster at the time of the vote. */
  quorum?: number;
  /** Percent of the review time after which members who have not voted are reminded (0: never). */
  reminderPercent: number;
}

/** Closing the loop: what happened after a fix, causes coming back, new causes nobody has a rule for yet. */
export interface LoopSettings {
  /** Weeks before and after a resolution compared for the fix's effect (EFFECTIVENESS_WEEKS). */
  effectivenessWeeks: number;
  /** A complaint of a cause resolved less than this ago reopens it for the committee (RECURRENCE_WINDOW). */
  recurrenceWindowMs: number;
  /** This many unclassified, resembling complaints ... (CLUSTER_SIZE) */
  clusterSize: number;
  /** ... within this long propose a new root cause (CLUSTER_WINDOW). */
  clusterWindowMs: number;
}

export interface TriageSettings extends ServiceSettings {
  categoryRules: CategoryRules;
  /** Departments a cause can be given to (triage never reads escalation's tables). */
  departments: string[];
  committee: CommitteeSettings;
  loop: LoopSettings;
}

/**
 * Category rules and the departments live in a JSON file (CATEGORY_RULES_FILE), so they change without a release;
 * DEPARTMENTS (comma-separated) overrides the file's list. A bad value stops start-up with a message naming it.
 */
export function loadTriageSettings(env: Env = process.env): TriageSettings {
  const rulesFile = env.CATEGORY_RULES_FILE ?? join(process.cwd(), 'apps/triage/config/category-rules.json');
  const categoryRules = readRulesFile(rulesFile);
  if (env.DEPARTMENTS !== undefined) {
    categoryRules.departments = env.DEPARTMENTS.split(',')
      .map((department) => department.trim())
      .filter(Boolean);
  }
  const problems = checkCategoryRules(categoryRules, TOUCHPOINTS);
  if (problems.length > 0) throw new Error(`category rules in ${rulesFile}: ${problems.join('; ')}`);
  return {
    ...loadServiceSettings('triage', env),
    categoryRules,
    departments: categoryRules.departments,
    committee: {
      reviewTimeoutMs: readDuration(env, 'COMMITTEE_REVIEW_TIMEOUT', '72h'),
      quorum: readQuorum(env),
      reminderPercent: readWholeNumber(env, 'COMMITTEE_REVIEW_REMINDER', 75, 0, 99),
    },
    loop: {
      effectivenessWeeks: readWholeNumber(env, 'EFFECTIVENESS_WEEKS', 4, 1, 52),
      recurrenceWindowMs: readDuration(env, 'RECURRENCE_WINDOW', '30d'),
      clusterSize: readWholeNumber(env, 'CLUSTER_SIZE', 5, 2, 1000),
      clusterWindowMs: readDuration(env, 'CLUSTER_WINDOW', '24h'),
    },
  };
}

/** Typed only once checkCategoryRules has passed it; unreadable JSON names the file. */
function readRulesFile(rulesFile: string): CategoryRules {
  try {
    return JSON.parse(readFileSync(rulesFile, 'utf8')) as CategoryRules;
  } catch (error) {
    throw new Error(`category rules in ${rulesFile}: ${(error as Error).message}`);
  }
}

function readQuorum(env: Env): number | undefined {
  const text = env.COMMITTEE_QUORUM;
  if (text === undefined || text === '' || text === 'majority') return undefined;
  const quorum = Number(text);
  if (!Number.isInteger(quorum) || quorum < 1) {
    throw new Error(`setting COMMITTEE_QUORUM: "${text}" is not a number of votes (1 or more) nor "majority"`);
  }
  return quorum;
}

export const TRIAGE_SETTINGS = Symbol('TRIAGE_SETTINGS');
