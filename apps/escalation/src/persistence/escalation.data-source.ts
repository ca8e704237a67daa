import { DataSourceSpec } from '@redress/platform';
import { Initial1732300000000 } from '../migrations/1732300000000-initial';
import { ESCALATION_SCHEMA } from './escalation.schema';

export function escalationDataSourceSpec(url: string): DataSourceSpec {
  return { schema: ESCALATION_SCHEMA, url, migrations: [Initial1732300000000] };
}
