/**
 * `@redress/platform/provisioning`: what an app's provisioning CLI and the files it reaches (data source, migrations,
 * seeds, first people) use, none of which loads Nest. Each e2e stack runs five of these processes, so loading only
 * this keeps a provisioning run a fraction of a second instead of about one second of CPU each.
 */
export * from './provision-cli';
export * from './provision-job';
export * from '../auth/admin-token-records';
export * from '../auth/tokens';
export * from '../database/queue-table-vacuum';
export * from '../database/service-data-source';
export * from '../delivery/endpoint-health.migration';
