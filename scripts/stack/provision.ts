import { requeueLastSent } from '@redress/messaging';
import { createServiceDataSource, DataSourceSpec, migrate } from '@redress/platform';
import { DataSource } from 'typeorm';
import { seedEscalationDemo, SeededOwner } from '../../apps/escalation/src/persistence/demo-seed';
import { escalationDataSourceSpec } from '../../apps/escalation/src/persistence/escalation.data-source';
import { DEMO_CLIENT_SYSTEM, seedIntakeDemo } from '../../apps/intake/src/persistence/demo-seed';
import { intakeDataSourceSpec } from '../../apps/intake/src/persistence/intake.data-source';
import { seedNotifierDemo } from '../../apps/notifier/src/persistence/demo-seed';
import { notifierDataSourceSpec } from '../../apps/notifier/src/persistence/notifier.data-source';
import { seedTriageDemo, SeededMember } from '../../apps/triage/src/persistence/demo-seed';
import { triageDataSourceSpec } from '../../apps/triage/src/persistence/triage.data-source';

export interface DemoSecrets {
  apiKey: string;
  /** The console's staff-reader key on intake. */
  consoleApiKey: string;
  members: SeededMember[];
  owners: SeededOwner[];
  supervisorToken: string;
}

const SPECS = [intakeDataSourceSpec, triageDataSourceSpec, escalationDataSourceSpec, notifierDataSourceSpec];

/**
 * Runs every service's migrations in its own schema, then (unless `demo` is false) seeds the demo data if the database
 * has none. Returns the new secrets, or null when the data (and so the secrets) already existed or no demo was asked for.
 * `brokerStartsEmpty` requeues each outbox's last sends (see `requeueLastSent`).
 */
export async function provision(databaseUrl: string, { brokerStartsEmpty = false, demo = true } = {}): Promise<DemoSecrets | null> {
  const specs = SPECS.map((spec) => spec(databaseUrl));
  const dataSources = await Promise.all(specs.map(migrated));
  const [intake, triage, escalation, notifier] = dataSources;
  try {
    if (brokerStartsEmpty) {
      await Promise.all(dataSources.map((dataSource, index) => requeueLastSent(dataSource.manager, specs[index].schema)));
    }
    if (!demo || (await hasDemo(intake))) return null;
    return {
      ...(await seedIntakeDemo(intake)),
      ...(await seedTriageDemo(triage)),
      ...(await seedEscalationDemo(escalation)),
      ...(await seedNotifierDemo(notifier)),
    };
  } finally {
    await Promise.all(dataSources.map((dataSource) => dataSource.destroy()));
  }
}

/** The demo's client system marks a database already seeded; a production one has client systems of its own. */
export async function hasDemo(intake: DataSource): Promise<boolean> {
  const rows: unknown[] = await intake.query('SELECT 1 FROM intake.client_systems WHERE name = $1', [DEMO_CLIENT_SYSTEM]);
  return rows.length > 0;
}

async function migrated(spec: DataSourceSpec): Promise<DataSource> {
  const dataSource = await createServiceDataSource({ ...spec, poolSize: 2 }).initialize();
  await migrate(dataSource, spec.schema);
  return dataSource;
}
