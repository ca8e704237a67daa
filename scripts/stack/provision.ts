import { requeueLastSent } from '@redress/messaging';
import { createServiceDataSource, DataSourceSpec, migrate } from '@redress/platform';
import { DataSource } from 'typeorm';
import { consoleDataSourceSpec } from '../../apps/console/src/persistence/console.data-source';
import { seedEscalationDemo, SeededOwner } from '../../apps/escalation/src/persistence/demo-seed';
import { escalationDataSourceSpec } from '../../apps/escalation/src/persistence/escalation.data-source';
import { DEMO_CLIENT_SYSTEM, seedIntakeDemo } from '../../apps/intake/src/persistence/demo-seed';
import { intakeDataSourceSpec } from '../../apps/intake/src/persistence/intake.data-source';
import { seedNotifierDemo } from '../../apps/notifier/src/persistence/demo-seed';
import { notifierDataSourceSpec } from '../../apps/notifier/src/persistence/notifier.data-source';
import { seedTriageDemo, SeededMember } from '../../apps/triage/src/persistence/demo-seed';
import { triageDataSourceSpec } from '../../apps/triage/src/persistence/triage.data-source';
import { DATABASE_APPS, ensureServiceRoles, roleDatabaseUrl, ServiceRoles } from './database-roles';
import { AppName } from './service-process';

export interface DemoSecrets {
  apiKey: string;
  /** The console's staff-reader key on intake. */
  consoleApiKey: string;
  members: SeededMember[];
  owners: SeededOwner[];
  supervisorToken: string;
}

const SPECS: Record<AppName, (url: string) => DataSourceSpec> = {
  intake: intakeDataSourceSpec,
  triage: triageDataSourceSpec,
  escalation: escalationDataSourceSpec,
  notifier: notifierDataSourceSpec,
  console: consoleDataSourceSpec,
};

export interface ProvisionOptions {
  /** Requeues each outbox's last sends (see `requeueLastSent`). */
  brokerStartsEmpty?: boolean;
  /**
   * Each app's own role (docs/least-privilege.md): created or given its password again, made the owner of its schema,
   * and the one that migrates it. Without roles, everything runs as the `databaseUrl` user (benchmarks).
   */
  roles?: ServiceRoles;
  /** Seeds the demo data (the default, for `npm start` and the tests); the production provisioner asks for it with --demo. */
  demo?: boolean;
}

/**
 * Runs every app's migrations in its own schema, then (unless `demo` is false) seeds the demo data if the database has
 * none. Returns the new secrets, or null when the data (and so the secrets) already existed or no demo was asked for.
 */
export async function provision(
  databaseUrl: string,
  { brokerStartsEmpty = false, roles, demo = true }: ProvisionOptions = {},
): Promise<DemoSecrets | null> {
  if (roles) await ensureServiceRoles(databaseUrl, roles, schemasOf(databaseUrl));
  const specs = DATABASE_APPS.map((app) => SPECS[app](roles ? roleDatabaseUrl(databaseUrl, roles[app]) : databaseUrl));
  const dataSources = await Promise.all(specs.map(migrated));
  const [intake, triage, escalation, notifier] = dataSources;
  try {
    if (brokerStartsEmpty) {
      const services = [intake, triage, escalation, notifier];
      await Promise.all(services.map((dataSource, index) => requeueLastSent(dataSource.manager, specs[index].schema)));
    }
    if (!demo || (await hasDemo(intake))) return null;
    const intakeSecrets = await seedIntakeDemo(intake);
    const triageSecrets = await seedTriageDemo(triage);
    const escalationSecrets = await seedEscalationDemo(escalation);
    // Every person of the demo gets a staff profile with an email in the notifier's directory.
    const staff = [
      ...triageSecrets.members.map((member) => ({ role: 'member' as const, id: member.id, name: member.name })),
      ...escalationSecrets.owners.map((owner) => ({ role: 'owner' as const, id: owner.id, name: owner.name })),
    ];
    return {
      ...intakeSecrets,
      ...triageSecrets,
      ...escalationSecrets,
      ...(await seedNotifierDemo(notifier, staff)),
    };
  } finally {
    await Promise.all(dataSources.map((dataSource) => dataSource.destroy()));
  }
}

function schemasOf(url: string): Record<AppName, string> {
  return Object.fromEntries(DATABASE_APPS.map((app) => [app, SPECS[app](url).schema])) as Record<AppName, string>;
}

/** The demo's client system marks a database already seeded; a production one has client systems of its own. */
export async function hasDemo(intake: DataSource): Promise<boolean> {
  const rows: unknown[] = await intake.query('SELECT 1 FROM intake.client_systems WHERE name = $1', [
    DEMO_CLIENT_SYSTEM,
  ]);
  return rows.length > 0;
}

async function migrated(spec: DataSourceSpec): Promise<DataSource> {
  const dataSource = await createServiceDataSource({ ...spec, poolSize: 2 }).initialize();
  await migrate(dataSource, spec.schema);
  return dataSource;
}
