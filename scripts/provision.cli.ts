import { ServiceRoles, serviceRolesFromEnv } from './stack/database-roles';
import { provision } from './stack/provision';

/**
 * `npm run provision`: as the administrator DATABASE_URL names, gives every service its own role (redress_<service>,
 * password from <SERVICE>_DATABASE_PASSWORD, set again at each run) owning its schema, migrates every schema and seeds
 * the demo data once, printing the new demo secrets as JSON (nothing when the data was already there). Used by
 * docker-compose; docs/least-privilege.md tells the rest.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}
let roles: ServiceRoles;
try {
  roles = serviceRolesFromEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
provision(url, { roles }).then(
  (secrets) => {
    process.stdout.write(secrets ? `${JSON.stringify(secrets, null, 2)}\n` : 'already provisioned\n');
  },
  (error: Error) => {
    console.error(`provisioning failed: ${error.message}`);
    process.exit(1);
  },
);
