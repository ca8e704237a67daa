import { requeueLastSent } from '@redress/messaging/provisioning';
import { runProvisionCli } from '@redress/platform/provisioning';
import { seedNotifierDemo } from '../persistence/demo-seed';
import { notifierPeopleSteps } from '../persistence/first-people';
import { notifierDataSourceSpec } from '../persistence/notifier.data-source';

/**
 * The notifier's part of provisioning, run by the provisioner (scripts/stack/provision.ts) as
 * `node dist/apps/notifier/src/cli/provision.cli.js '<job>'` with DATABASE_URL naming its role: migrates, and seeds
 * the demo supervisor and staff profiles or makes the first supervisor and admin when asked. Prints a JSON report.
 */
runProvisionCli({
  dataSourceSpec: notifierDataSourceSpec,
  requeueLastSent: (dataSource, schema) => requeueLastSent(dataSource.manager, schema),
  seedDemo: (dataSource, demo) => seedNotifierDemo(dataSource, demo.staff),
  peopleSteps: notifierPeopleSteps,
});
