import { Env, FirstPeople } from '@redress/platform';
import { readFileSync } from 'node:fs';

/**
 * The people a production database starts with, so nobody needs the demo's: the committee's chair, a supervisor of
 * compensations, an admin (a token on intake and one on the notifier, to revoke API keys and supervisors), the first
 * client system, and the console's staff-reader key on intake. Each part is optional; each app makes its own part
 * (`peopleSteps` of its `cli/provision.cli.ts`).
 */
export type { FirstPeople, CreatedSecret } from '@redress/platform';

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
