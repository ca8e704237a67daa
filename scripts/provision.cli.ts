import { provision } from './stack/provision';

/**
 * `npm run provision`: migrates every service schema in DATABASE_URL and seeds the demo data once,
 * printing the new demo secrets as JSON (nothing when the data was already there). Used by docker-compose.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}
provision(url).then(
  (secrets) => {
    process.stdout.write(secrets ? `${JSON.stringify(secrets, null, 2)}\n` : 'already provisioned\n');
  },
  (error: Error) => {
    console.error(`provisioning failed: ${error.message}`);
    process.exit(1);
  },
);
