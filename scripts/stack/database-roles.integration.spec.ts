import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { describeE2E, testDatabase } from '../../test/support/test-stack';
import { DATABASE_APPS, generatedServiceRoles, roleDatabaseUrl, ServiceRole, ServiceRoles } from './database-roles';
import { provision } from './provision';

/** Each app's role against real Postgres: its own schema fully, nothing else. */
describeE2E('database roles', () => {
  const id = `roles_${randomBytes(3).toString('hex')}`;
  let databaseUrl: string;
  let roles: ServiceRoles;
  const open: Client[] = [];

  const connect = async (url: string): Promise<Client> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    open.push(client);
    return client;
  };
  const as = (role: ServiceRole, url = databaseUrl) => connect(roleDatabaseUrl(url, role));

  beforeAll(async () => {
    databaseUrl = await testDatabase(id);
    roles = generatedServiceRoles(`${id}_`);
    expect(await provision(databaseUrl, { roles })).not.toBeNull();
  });

  afterAll(async () => {
    await Promise.all(open.map((client) => client.end().catch(() => undefined)));
  });

  it("refuses a service another service's tables", async () => {
    const triage = await as(roles.triage);
    await expect(triage.query('SELECT * FROM intake.complaints LIMIT 1')).rejects.toThrow(
      /permission denied for schema intake/,
    );
    const console = await as(roles.console);
    await expect(console.query('SELECT * FROM notifier.notifications LIMIT 1')).rejects.toThrow(
      /permission denied for schema notifier/,
    );
  });

  it('lets a service read and write its own tables, and nothing be created in public', async () => {
    const intake = await as(roles.intake);
    const [{ count }] = (await intake.query('SELECT count(*)::int AS count FROM intake.client_systems')).rows;
    expect(count).toBeGreaterThan(0);
    await expect(intake.query('CREATE TABLE public.stray (id int)')).rejects.toThrow(
      /permission denied for schema public/,
    );
    await expect(intake.query('CREATE SCHEMA stray')).rejects.toThrow(/permission denied for database/);
  });

  it('owns its schema and everything in it, the migrations table included', async () => {
    const admin = await connect(databaseUrl);
    const { rows } = await admin.query(
      `SELECT n.nspname AS schema, pg_get_userbyid(n.nspowner) AS owner,
              ARRAY(SELECT DISTINCT pg_get_userbyid(o.owner)::text FROM (
                SELECT relowner AS owner FROM pg_class WHERE relnamespace = n.oid
                UNION SELECT proowner FROM pg_proc WHERE pronamespace = n.oid
                UNION SELECT typowner FROM pg_type WHERE typnamespace = n.oid) o) AS object_owners,
              to_regclass(n.nspname || '.migrations') IS NOT NULL AS migrated
       FROM pg_namespace n WHERE n.nspname = ANY($1) ORDER BY n.nspname`,
      [DATABASE_APPS],
    );
    expect(rows).toEqual(
      [...DATABASE_APPS]
        .sort()
        .map((app) => ({ schema: app, owner: roles[app].name, object_owners: [roles[app].name], migrated: true })),
    );
  });

  it("keeps another stack's roles out of this database", async () => {
    const otherUrl = await testDatabase(`${id}_other`);
    const otherRoles = generatedServiceRoles(`${id}_other_`);
    await provision(otherUrl, { roles: otherRoles });
    await expect(as(otherRoles.intake, databaseUrl)).rejects.toThrow(/permission denied for database/);
  });

  it('rotates a password: the old one stops working, the new one works, the data stays', async () => {
    const rotated = generatedServiceRoles(`${id}_`);
    expect(await provision(databaseUrl, { roles: rotated })).toBeNull();
    await expect(as(roles.notifier)).rejects.toThrow(/password authentication failed/);
    const notifier = await as(rotated.notifier);
    expect(
      (await notifier.query('SELECT count(*)::int AS count FROM notifier.supervisors')).rows[0].count,
    ).toBeGreaterThan(0);
    roles = rotated;
  });

  it('hands over a schema migrated by the administrator, so the service can migrate it further', async () => {
    const legacyUrl = await testDatabase(`${id}_legacy`);
    await provision(legacyUrl);
    const legacyRoles = generatedServiceRoles(`${id}_legacy_`);
    await provision(legacyUrl, { roles: legacyRoles });
    // What a later migration does: change a table the administrator made, as the service's role.
    const intake = await as(legacyRoles.intake, legacyUrl);
    await intake.query('ALTER TABLE intake.client_systems ADD COLUMN later_migration int');
    await intake.query('CREATE INDEX later_migration_index ON intake.client_systems (later_migration)');
    await intake.query('ALTER TABLE intake.client_systems DROP COLUMN later_migration');
    expect((await intake.query('SELECT count(*)::int AS count FROM intake.client_systems')).rows[0].count).toBe(2);
  });
});
