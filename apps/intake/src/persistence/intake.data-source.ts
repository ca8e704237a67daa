import { DataSourceSpec } from '@redress/platform';
import { Initial1732300000000 } from '../migrations/1732300000000-initial';
import { INTAKE_SCHEMA } from './intake.schema';

export function intakeDataSourceSpec(url: string): DataSourceSpec {
  return { schema: INTAKE_SCHEMA, url, migrations: [Initial1732300000000], poolSize: 20 };
}
