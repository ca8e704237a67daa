import { runProvisionCli } from '@redress/platform/provisioning';
import { consoleDataSourceSpec } from '../persistence/console.data-source';

/**
 * The console's part of provisioning, run by the provisioner (scripts/stack/provision.ts) as
 * `node dist/apps/console/src/cli/provision.cli.js '{}'` with DATABASE_URL naming its role: migrates its schema.
 */
runProvisionCli({ dataSourceSpec: consoleDataSourceSpec });
