import { createAdminToken, Env, hashToken, newToken } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { createClientSystem } from '../../apps/intake/src/persistence/client-systems';

/**
 * The people a production database starts with, so nobody needs the demo's: the committee's chair, a supervisor of
 * compensations, an admin (a token on intake and one on the notifier, to revoke API keys and supervisors), the first
 * client system, and the console's staff-reader key on intake. Each part is optional.
 */
export interface FirstPeople {
  chair?: { name: string; department: string };
  supervisor?: { name: string };
  admin?: { name: string };
  client?: { name: string };
  console?: { name: string };
}

/** A secret made now, shown once: only its hash is stored. */
export interface CreatedSecret {
  what: string;
  id: string;
  name: string;
  /** The token or API key. */
  secret: string;
}

export interface PeopleSources {
  intake: DataSource;
  triage: DataSource;
  notifier: DataSource;
}

/** One person (or key) to have: what already stands for it, else how to make it. */
export interface PeopleStep {
  what: string;
  existing(sources: PeopleSources): Promise<string | null>;
  create(sources: PeopleSources): Promise<CreatedSecret>;
}

const SYSTEM_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const PERSON_NAME = /^\S.{0,199}$/u;

/**
 * From a JSON file (`{"chair": {"name", "department"}, "supervisor": {"name"}, "admin": {"name"}, "client": {"name"},
 * "console": {"name"}}`) or else the PROVISION_* variables; a bad value stops before anything is written.
 */
export function readFirstPeople(env: Env, file: string | undefined): FirstPeople {
  if (file) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`people file ${file}: ${(error as Error).message}`);
    }
    return checkPeople(parsed, `people file ${file}`);
  }
  const named = (name: string | undefined) => (name ? { name } : undefined);
  return checkPeople(
    {
      chair:
        env.PROVISION_CHAIR_NAME || env.PROVISION_CHAIR_DEPARTMENT
          ? { name: env.PROVISION_CHAIR_NAME, department: env.PROVISION_CHAIR_DEPARTMENT }
          : undefined,
      supervisor: named(env.PROVISION_SUPERVISOR_NAME),
      admin: named(env.PROVISION_ADMIN_NAME),
      client: named(env.PROVISION_CLIENT_SYSTEM),
      console: named(env.PROVISION_CONSOLE_READER),
    },
    'PROVISION_*',
  );
}

function checkPeople(value: unknown, source: string): FirstPeople {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${source}: expected a JSON object`);
  const people = value as Record<string, Record<string, unknown> | undefined>;
  const unknown = Object.keys(people).filter(
    (key) => !['chair', 'supervisor', 'admin', 'client', 'console'].includes(key),
  );
  if (unknown.length > 0)
    throw new Error(`${source}: unknown ${unknown.join(', ')} (expected chair, supervisor, admin, client, console)`);
  const text = (part: string, field: string, pattern: RegExp, rule: string): string => {
    const given = people[part]?.[field];
    if (typeof given !== 'string' || !pattern.test(given))
      throw new Error(`${source}: ${part}.${field} must be ${rule}`);
    return given;
  };
  const personName = 'a name of 1 to 200 characters';
  const systemName = 'lower-case letters, digits, ".", "_" or "-", up to 100';
  return {
    chair: people.chair && {
      name: text('chair', 'name', PERSON_NAME, personName),
      department: text('chair', 'department', SYSTEM_NAME, systemName),
    },
    supervisor: people.supervisor && { name: text('supervisor', 'name', PERSON_NAME, personName) },
    admin: people.admin && { name: text('admin', 'name', SYSTEM_NAME, systemName) },
    client: people.client && { name: text('client', 'name', SYSTEM_NAME, systemName) },
    console: people.console && { name: text('console', 'name', SYSTEM_NAME, systemName) },
  };
}

/** The steps for these people; each finds what already exists by name, so running again makes nothing twice. */
export function peopleSteps(people: FirstPeople): PeopleStep[] {
  const steps: PeopleStep[] = [];
  const { chair, supervisor, admin, client, console } = people;
  if (chair) {
    steps.push({
      what: `committee chair ${chair.name} (${chair.department})`,
      // The committee has one chair: another one already there stands for this step.
      existing: async ({ triage }) =>
        first(
          await triage.query('SELECT name FROM triage.committee_members WHERE chair'),
          (row) => `committee chair ${row.name}`,
        ),
      create: async ({ triage }) => {
        const id = randomUUID();
        const token = newToken('rm');
        await triage.query(
          'INSERT INTO triage.committee_members (id, name, department, chair, token_hash) VALUES ($1, $2, $3, true, $4)',
          [id, chair.name, chair.department, hashToken(token)],
        );
        return { what: 'committee chair', id, name: chair.name, secret: token };
      },
    });
  }
  if (supervisor) {
    steps.push({
      what: `supervisor ${supervisor.name}`,
      existing: async ({ notifier }) =>
        first(
          await notifier.query('SELECT name FROM notifier.supervisors WHERE name = $1 AND revoked_at IS NULL', [
            supervisor.name,
          ]),
          (row) => `supervisor ${row.name}`,
        ),
      create: async ({ notifier }) => {
        const id = randomUUID();
        const token = newToken('rs');
        await notifier.query('INSERT INTO notifier.supervisors (id, name, token_hash) VALUES ($1, $2, $3)', [
          id,
          supervisor.name,
          hashToken(token),
        ]);
        return { what: 'supervisor', id, name: supervisor.name, secret: token };
      },
    });
  }
  if (admin) {
    for (const service of ['intake', 'notifier'] as const) {
      steps.push({
        what: `${service} admin ${admin.name}`,
        existing: async (sources) =>
          first(
            await sources[service].query(`SELECT name FROM ${service}.admin_tokens WHERE name = $1`, [admin.name]),
            (row) => `${service} admin ${row.name}`,
          ),
        create: async (sources) => {
          const { id, token } = await createAdminToken(sources[service], service, admin.name);
          return { what: `${service} admin`, id, name: admin.name, secret: token };
        },
      });
    }
  }
  for (const [system, kind] of [
    [client, 'filer'],
    [console, 'staff-reader'],
  ] as const) {
    if (!system) continue;
    const what = kind === 'filer' ? 'client system' : 'console staff reader';
    steps.push({
      what: `${what} ${system.name}`,
      existing: async ({ intake }) =>
        first(
          await intake.query('SELECT name FROM intake.client_systems WHERE name = $1', [system.name]),
          (row) => `${what} ${row.name}`,
        ),
      create: async ({ intake }) => {
        const { id, apiKey } = await createClientSystem(intake, system.name, kind);
        return { what, id, name: system.name, secret: apiKey };
      },
    });
  }
  return steps;
}

function first(rows: { name: string }[], describe: (row: { name: string }) => string): string | null {
  return rows[0] ? describe(rows[0]) : null;
}
