import { requeueLastSent } from '@redress/messaging/provisioning';
import { runProvisionCli } from '@redress/platform/provisioning';
import { createClientSystem } from '../persistence/client-system.store';
import { hasIntakeDemo, seedIntakeDemo } from '../persistence/demo-seed';
import { intakePeopleSteps } from '../persistence/first-people';
import { intakeDataSourceSpec } from '../persistence/intake.data-source';

/**
 * Intake's part of provisioning, run by the provisioner (scripts/stack/provision.ts) as
 * `node dist/apps/intake/src/cli/provision.cli.js '<job>'` with DATABASE_URL naming intake's role: migrates, and
 * seeds the demo (unless there), makes the first people or registers client systems. Prints a JSON report.
 */
runProvisionCli({
  dataSourceSpec: intakeDataSourceSpec,
  requeueLastSent: (dataSource, schema) => requeueLastSent(dataSource.manager, schema),
  seedDemo: (dataSource) => seedIntakeDemo(dataSource),
  hasDemo: hasIntakeDemo,
  peopleSteps: intakePeopleSteps,
  createClientSystems: async (dataSource, names) => {
    const created = [];
    for (const name of names) created.push({ name, ...(await createClientSystem(dataSource, name)) });
    return created;
  },
});
