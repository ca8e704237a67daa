import { createAdminToken, createServiceDataSource, revokeAdminToken } from '@redress/platform';
import { parseArgs, runCli } from './cli-args';

/**
 * `npm run admin:create -- <intake|notifier> <name>`: makes an admin token of that service and prints it once (only its
 * hash is stored); it is sent as `Authorization: Bearer <token>` to the service's /admin routes.
 * `npm run admin:revoke -- <intake|notifier> <admin id or name>`: revokes one; it is refused at once.
 * DATABASE_URL defaults to the database of a running `npm start`.
 */
/**
 * The services with admin tokens, each in the `admin_tokens` table of its schema (named as the service). The table and
 * its SQL are libs/platform's (`createAdminToken`), so this opens the schema without the service's code or migrations:
 * the service has migrated it.
 */
const SERVICES_WITH_ADMINS = ['intake', 'notifier'];
const NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const LOCAL_DATABASE = `postgres://postgres:postgres@127.0.0.1:${process.env.REDRESS_POSTGRES_PORT ?? 5433}/redress`;

runCli('admin', async () => {
  const [action, service, who, ...rest] = parseArgs(process.argv.slice(2)).positionals;
  const usage = `usage: npm run admin:${action === 'revoke' ? 'revoke' : 'create'} -- <intake|notifier> <${action === 'revoke' ? 'admin id or name' : 'name'}>`;
  if (!['create', 'revoke'].includes(action) || !SERVICES_WITH_ADMINS.includes(service) || !who || rest.length > 0)
    throw new Error(usage);
  if (action === 'create' && !NAME.test(who))
    throw new Error(`${usage}  (name: lower-case letters, digits, ".", "_" or "-", up to 100)`);
  const spec = { schema: service, url: process.env.DATABASE_URL ?? LOCAL_DATABASE, migrations: [] };
  const dataSource = await createServiceDataSource({ ...spec, poolSize: 1 }).initialize();
  try {
    if (action === 'create') {
      const [existing] = await dataSource.query(`SELECT 1 FROM "${spec.schema}".admin_tokens WHERE name = $1`, [who]);
      if (existing) throw new Error(`a ${service} admin named "${who}" already exists`);
      const { id, token } = await createAdminToken(dataSource, spec.schema, who);
      process.stdout.write(`${service} admin ${who} (${id})\nadmin token, shown only now: ${token}\n`);
    } else {
      const admin = await revokeAdminToken(dataSource, spec.schema, who);
      if (!admin) throw new Error(`no ${service} admin "${who}"`);
      process.stdout.write(`${service} admin ${admin.name} (${admin.id}) revoked\n`);
    }
  } finally {
    await dataSource.destroy();
  }
});
