import { say, startLocal } from './stack/local-run';

/**
 * `npm start`: embedded Postgres and broker, migrations, demo seed, the four services and the console, credentials
 * file (scripts/stack/local-run.ts). `npm start -- --fresh` starts from empty data.
 */
startLocal().catch((error: Error) => {
  say(`start failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
