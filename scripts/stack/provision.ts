import { requeueLastSent } from '@redress/messaging';
import { createServiceDataSource, DataSourceSpec, migrate } from '@redress/platform';
import { DataSource } from 'typeorm';
import { seedEscalationDemo, SeededOwner } from '../../apps/escalation/src/persistence/demo-seed';
import { escalationDataSourceSpec } from '../../apps/escalation/src/persistence/escalation.data-source';
import { seedIntakeDemo } from '../../apps/intake/src/persistence/demo-seed';
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
 * Runs every service's migrations in its own schema, then seeds the demo data if the database has none.
 * Returns the new secrets, or null when the data (and so the secrets) already existed.
 * `brokerStartsEmpty` requeues each outbox's last sends (see `requeueLastSent`).
 */
export async function provision(databaseUrl: string, { brokerStartsEmpty = false } = {}): Promise<DemoSecrets | null> {
  const specs = SPECS.map((spec) => spec(databaseUrl));
  const dataSources = await Promise.all(specs.map(migrated));
  const [intake, triage, escalation, notifier] = dataSources;
  try {
    if (brokerStartsEmpty) {
      await Promise.all(dataSources.map((dataSource, index) => requeueLastSent(dataSource.manager, specs[index].schema)));
    }
    const [{ count }]: { count: number }[] = await intake.query('SELECT count(*)::int AS count FROM intake.client_systems');
    if (count > 0) return null;
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

async function migrated(spec: DataSourceSpec): Promise<DataSource> {
  const dataSource = await createServiceDataSource({ ...spec, poolSize: 2 }).initialize();
  await migrate(dataSource, spec.schema);
  return dataSource;
}
