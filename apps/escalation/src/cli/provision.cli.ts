import { requeueLastSent } from '@redress/messaging/provisioning';
import { runProvisionCli } from '@redress/platform/provisioning';
import { seedEscalationDemo } from '../persistence/demo-seed';
import { escalationDataSourceSpec } from '../persistence/escalation.data-source';

/**
 * Escalation's part of provisioning, run by the provisioner (scripts/stack/provision.ts) as
 * `node dist/apps/escalation/src/cli/provision.cli.js '<job>'` with DATABASE_URL naming its role: migrates, and
 * seeds the demo's departments and owners when asked. Prints a JSON report.
 */
runProvisionCli({
  dataSourceSpec: escalationDataSourceSpec,
  requeueLastSent: (dataSource, schema) => requeueLastSent(dataSource.manager, schema),
  seedDemo: (dataSource) => seedEscalationDemo(dataSource),
});
