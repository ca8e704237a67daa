import { CreatedSecret } from '@redress/platform';
import { parseArgs, runCli } from './ops/cli-args';
import { provisionApp } from './stack/app-provisioning';
import { readFirstPeople } from './stack/first-people';
import { roleDatabaseUrl, serviceRolesFromEnv } from './stack/database-roles';
import { DemoSecrets, provision, provisionApps } from './stack/provision';
import { openSecretsOutput } from './stack/secrets-output';

const USAGE = 'usage: npm run provision -- [--people <file.json>] [--secrets-file <path>] [--demo]';

/** The apps that make first people: triage the chair, the notifier a supervisor and its admin, intake the rest. */
const PEOPLE_APPS = ['triage', 'notifier', 'intake'] as const;

/**
 * `npm run provision`: a one-shot job. As the administrator DATABASE_URL names, gives every service its own role
 * (redress_<service>, password from <SERVICE>_DATABASE_PASSWORD, set again at each run: docs/least-privilege.md) owning
 * its schema, which that role migrates; then creates the first people
 * (from --people / PROVISION_PEOPLE_FILE, or the PROVISION_* variables) and, with --demo only, the demo data. Running
 * it again creates nothing twice and says what exists. New secrets go once to --secrets-file / PROVISION_SECRETS_FILE
 * (created with mode 0600, never overwritten) or to a terminal, never to a non-terminal stdout such as a container log.
 * Each app makes its own people and data (apps/<app>/src/cli/provision.cli.ts, run as a process).
 */
runCli('provision', async () => {
  const { positionals, options } = parseArgs(process.argv.slice(2), ['people', 'secrets-file']);
  const unknown = Object.keys(options).filter((name) => !['people', 'secrets-file', 'demo'].includes(name));
  if (positionals.length > 0 || unknown.length > 0) throw new Error(USAGE);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const roles = serviceRolesFromEnv(process.env);
  const people = readFirstPeople(process.env, stringOption(options.people) ?? process.env.PROVISION_PEOPLE_FILE);
  const say = (line: string): void => void process.stdout.write(`${line}\n`);
  const urlOf = (app: (typeof PEOPLE_APPS)[number]) => roleDatabaseUrl(databaseUrl, roles[app]);

  // Each app says which of its first people exist while it migrates.
  const { reports } = await provisionApps(databaseUrl, {
    roles,
    demo: false,
    jobs: { triage: { people }, notifier: { people }, intake: { people, checkDemo: true } },
  });
  say('migrations: done');
  const found = PEOPLE_APPS.map((app) => reports[app] ?? { schema: app });
  const pendingApps = PEOPLE_APPS.filter((_, index) =>
    (found[index].people ?? []).some((outcome) => {
      if (outcome.existing) say(`exists: ${outcome.existing}`);
      return !outcome.existing;
    }),
  );
  const demo = options.demo === true && !found[PEOPLE_APPS.indexOf('intake')].demoExists;
  if (options.demo === true && !demo) say('exists: demo data');
  if (pendingApps.length === 0 && !demo) {
    say('nothing to create');
    return;
  }
  // Before anything is made: a secret with nowhere to go would be lost, or end up in a log.
  const output = await openSecretsOutput(
    stringOption(options['secrets-file']) ?? process.env.PROVISION_SECRETS_FILE,
    process.stdout,
  );
  const created: CreatedSecret[] = [];
  let demoSecrets: DemoSecrets | null = null;
  try {
    if (demo) demoSecrets = await provision(databaseUrl, { roles, demo: true, migrated: true });
    for (const app of pendingApps) {
      const report = await provisionApp(app, urlOf(app), { people, createPeople: true });
      for (const outcome of report.people ?? []) if (outcome.created) created.push(outcome.created);
      if (report.failed) throw new Error(`${app}: ${report.failed}`);
    }
  } catch (error) {
    if (created.length === 0 && !demoSecrets) await output.abandon();
    else await output.write(secretsDocument(created, demoSecrets));
    throw error;
  }
  created.forEach((secret) => say(`created: ${secret.what} ${secret.name} (${secret.id})`));
  if (demoSecrets) say('created: demo data');
  say(`secrets: ${output.where}`);
  await output.write(secretsDocument(created, demoSecrets));
});

function secretsDocument(people: CreatedSecret[], demo: DemoSecrets | null): string {
  return `${JSON.stringify({ people, ...(demo ? { demo } : {}) }, null, 2)}\n`;
}

function stringOption(value: string | true | undefined): string | undefined {
  if (value === true) throw new Error(USAGE);
  return value;
}
