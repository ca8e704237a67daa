import { DataSource } from 'typeorm';

/**
 * Intake's admin tokens are created and checked by libs/platform (auth/admin-tokens.ts); this is what provisioning
 * asks of them besides: whether an admin of that name is there already.
 */
export async function adminTokenExists(dataSource: DataSource, name: string): Promise<boolean> {
  const rows: unknown[] = await dataSource.query('SELECT name FROM intake.admin_tokens WHERE name = $1', [name]);
  return rows.length > 0;
}
