import { DataSourceSpec } from '@redress/platform/provisioning';
import { RevokedSessions1733200000000 } from '../migrations/1733200000000-revoked-sessions';
import { CONSOLE_SCHEMA } from './console.schema';

/** A few connections: the console reads one small table at most once a second, and writes a row per sign-out. */
export function consoleDataSourceSpec(url: string): DataSourceSpec {
  return { schema: CONSOLE_SCHEMA, url, migrations: [RevokedSessions1733200000000], poolSize: 3 };
}
