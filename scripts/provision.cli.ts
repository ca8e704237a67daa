import { createServiceDataSource, DataSourceSpec } from '@redress/platform';
import { DataSource } from 'typeorm';
import { intakeDataSourceSpec } from '../apps/intake/src/persistence/intake.data-source';
import { notifierDataSourceSpec } from '../apps/notifier/src/persistence/notifier.data-source';
import { triageDataSourceSpec } from '../apps/triage/src/persistence/triage.data-source';
import { parseArgs, runCli } from './ops/cli-args';
import { CreatedSecret, PeopleSources, peopleSteps, readFirstPeople } from './stack/first-people';
import { serviceRolesFromEnv } from './stack/database-roles';
import { DemoSecrets, hasDemo, provision } from './stack/provision';
import { openSecretsOutput } from './stack/secrets-output';

const USAGE = 'usage: npm run provision -- [--people <file.json>] [--secrets-file <path>] [--demo]';

/**
 * `npm run provision`: a one-shot job. As the administrator DATABASE_URL names, gives every service its own role
 * (redress_<service>, password from <SERVICE>_DATABASE_PASSWORD, set again at each run: docs/least-privilege.md) owning
 * its schema, which that role migrates; then creates the first people
 * (from --people / PROVISION_PEOPLE_FILE, or the PROVISION_* variables) and, with --demo only, the demo data. Running
 * it again creates nothing twice and says what exists. New secrets go once to --secrets-file / PROVISION_SECRETS_FILE
 * (created with mode 0600, never overwritten) or to a terminal, never to a non-terminal stdout such as a container log.
 */
runCli('provision', async () => {
  const { positionals, options } = parseArgs(process.argv.slice(2), ['people', 'secrets-file']);
  const unknown = Object.keys(options).filter((name) => !['people', 'secrets-file', 'demo'].includes(name));
  if (positionals.length > 0 || unknown.length > 0) throw new Error(USAGE);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const roles = serviceRolesFromEnv(process.env);
  const steps = peopleSteps(
    readFirstPeople(process.env, stringOption(options.people) ?? process.env.PROVISION_PEOPLE_FILE),
  );
  const say = (line: string): void => void process.stdout.write(`${line}\n`);

  await provision(databaseUrl, { roles, demo: false });
  say('migrations: done');
  const sources = await openSources(databaseUrl);
  try {
    const pending = [];
    for (const step of steps) {
      const existing = await step.existing(sources);
      if (existing) say(`exists: ${existing}`);
      else pending.push(step);
    }
    const demo = options.demo === true && !(await hasDemo(sources.intake));
    if (options.demo === true && !demo) say('exists: demo data');
    if (pending.length === 0 && !demo) {
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
      if (demo) demoSecrets = await provision(databaseUrl, { roles, demo: true });
      for (const step of pending) created.push(await step.create(sources));
    } catch (error) {
      if (created.length === 0 && !demoSecrets) await output.abandon();
      else await output.write(secretsDocument(created, demoSecrets));
      throw error;
    }
    created.forEach((secret) => say(`created: ${secret.what} ${secret.name} (${secret.id})`));
    if (demoSecrets) say('created: demo data');
    say(`secrets: ${output.where}`);
    await output.write(secretsDocument(created, demoSecrets));
  } finally {
    await Promise.all(Object.values(sources).map((dataSource) => dataSource.destroy()));
  }
});

function secretsDocument(people: CreatedSecret[], demo: DemoSecrets | null): string {
  return `${JSON.stringify({ people, ...(demo ? { demo } : {}) }, null, 2)}\n`;
}

function stringOption(value: string | true | undefined): string | undefined {
  if (value === true) throw new Error(USAGE);
  return value;
}

async function openSources(databaseUrl: string): Promise<PeopleSources> {
  const open = (spec: DataSourceSpec): Promise<DataSource> =>
    createServiceDataSource({ ...spec, poolSize: 1 }).initialize();
  const [intake, triage, notifier] = await Promise.all(
    [intakeDataSourceSpec, triageDataSourceSpec, notifierDataSourceSpec].map((spec) => open(spec(databaseUrl))),
  );
  return { intake, triage, notifier };
}
