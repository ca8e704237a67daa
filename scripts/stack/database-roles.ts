import { SERVICES } from '@redress/contracts';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { scramSha256Verifier } from './scram-verifier';
import { AppName } from './service-process';

/** The apps with a Postgres schema, and so a role, of their own: the four services and the console. */
export const DATABASE_APPS: readonly AppName[] = [...SERVICES, 'console'];

/** A service's login role: it owns the service's schema and may use nothing else. */
export interface ServiceRole {
  name: string;
  password: string;
}

export type ServiceRoles = Record<AppName, ServiceRole>;

export const ROLE_PREFIX = 'redress_';

/** `INTAKE_DATABASE_PASSWORD` and so on: where the provisioner reads each role's password. */
export function passwordSetting(app: AppName): string {
  return `${app.toUpperCase()}_DATABASE_PASSWORD`;
}

/** Printable ASCII only: clients that SASLprep a password and clients that do not then agree on it. */
const PASSWORD = /^[\x21-\x7e]{16,200}$/;

/** The roles `redress_<app>` with their passwords from the environment; each one is required. */
export function serviceRolesFromEnv(env: Record<string, string | undefined>): ServiceRoles {
  const missing = DATABASE_APPS.map(passwordSetting).filter((name) => !env[name]);
  if (missing.length > 0)
    throw new Error(`setting ${missing.join(', ')} required: each service connects to Postgres with its own role`);
  return rolesFor((app) => {
    const password = env[passwordSetting(app)] as string;
    if (!PASSWORD.test(password))
      throw new Error(`setting ${passwordSetting(app)}: must be 16 to 200 printable ASCII characters, no spaces`);
    return password;
  });
}

/**
 * Roles with fresh random passwords, as the embedded stack sets them at every start. `prefix` keeps the stacks that
 * share one server apart (roles belong to the server, not to a database).
 */
export function generatedServiceRoles(prefix = ROLE_PREFIX): ServiceRoles {
  return rolesFor(() => randomBytes(24).toString('base64url'), prefix);
}

function rolesFor(password: (app: AppName) => string, prefix = ROLE_PREFIX): ServiceRoles {
  return Object.fromEntries(
    DATABASE_APPS.map((app) => [app, { name: `${prefix}${app}`, password: password(app) }]),
  ) as ServiceRoles;
}

/** The URL a service connects with: the admin URL's server, database and options, the service's role. */
export function roleDatabaseUrl(adminUrl: string, role: ServiceRole): string {
  const url = new URL(adminUrl);
  url.username = role.name;
  url.password = role.password;
  return url.toString();
}

/**
 * As the administrator of the database `adminUrl` names: creates each role, or sets its password again (rotation),
 * makes it the owner of its schema and of everything already in it, and leaves it no right anywhere else: nobody
 * but the listed roles (and the administrator) may connect to the database or create objects in `public`.
 * `schemas` gives each app's schema.
 */
export async function ensureServiceRoles(
  adminUrl: string,
  roles: ServiceRoles,
  schemas: Record<AppName, string>,
): Promise<void> {
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('redress:roles'))`);
    const database = db.escapeIdentifier((await db.query('SELECT current_database() AS name')).rows[0].name);
    await db.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    await db.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
    for (const app of DATABASE_APPS) {
      const role = db.escapeIdentifier(roles[app].name);
      const schema = db.escapeIdentifier(schemas[app]);
      const { rowCount } = await db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [roles[app].name]);
      await db.query(
        `${rowCount ? 'ALTER' : 'CREATE'} ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS
         PASSWORD ${db.escapeLiteral(scramSha256Verifier(roles[app].password))}`,
      );
      await db.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
      await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION ${role}`);
      await db.query(`ALTER SCHEMA ${schema} OWNER TO ${role}`);
      await db.query(`REVOKE ALL ON SCHEMA ${schema} FROM PUBLIC`);
      for (const { statement } of (await db.query(OWNERSHIP_TRANSFERS, [schemas[app], roles[app].name])).rows)
        await db.query(statement);
      // What an administrator creates there later (a migration run with the admin URL) is usable at once; the next
      // provisioning hands it over like the rest.
      for (const kind of ['TABLES', 'SEQUENCES', 'FUNCTIONS']) {
        await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT ALL ON ${kind} TO ${role}`);
      }
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

/**
 * An ALTER ... OWNER statement for each object of schema $1 not owned by role $2 yet: tables and views (their
 * indexes, triggers and column sequences follow them), other sequences, functions (the outbox NOTIFY trigger's)
 * and types. The service's later migrations alter and drop them, which only their owner may do.
 */
const OWNERSHIP_TRANSFERS = `
  SELECT format('ALTER %s %I.%s OWNER TO %I', kind, $1::text, object, $2::text) AS statement
  FROM (
    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS kind,
           quote_ident(c.relname) AS object, c.relowner AS owner
    FROM pg_class c
    WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
    UNION ALL
    SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
           format('%I(%s)', p.proname, pg_get_function_identity_arguments(p.oid)), p.proowner
    FROM pg_proc p WHERE p.pronamespace = $1::regnamespace
    UNION ALL
    SELECT 'TYPE', quote_ident(t.typname), t.typowner
    FROM pg_type t LEFT JOIN pg_class c ON c.oid = t.typrelid
    WHERE t.typnamespace = $1::regnamespace AND t.typelem = 0 AND (t.typtype IN ('e', 'd', 'r') OR c.relkind = 'c')
  ) objects
  WHERE owner <> $2::regrole`;
