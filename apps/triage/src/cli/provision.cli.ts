import { requeueLastSent } from '@redress/messaging/provisioning';
import { runProvisionCli } from '@redress/platform/provisioning';
import { seedTriageDemo } from '../persistence/demo-seed';
import { triagePeopleSteps } from '../persistence/first-people';
import { triageDataSourceSpec } from '../persistence/triage.data-source';

/**
 * Triage's part of provisioning, run by the provisioner (scripts/stack/provision.ts) as
 * `node dist/apps/triage/src/cli/provision.cli.js '<job>'` with DATABASE_URL naming its role: migrates, and seeds the
 * demo committee or makes the first chair when asked. Prints a JSON report.
 */
runProvisionCli({
  dataSourceSpec: triageDataSourceSpec,
  requeueLastSent: (dataSource, schema) => requeueLastSent(dataSource.manager, schema),
  seedDemo: (dataSource) => seedTriageDemo(dataSource),
  peopleSteps: triagePeopleSteps,
});
