import { EntityManager } from 'typeorm';
import { ChainLink } from '../domain/escalation-chain';

/** Each department's escalation chain as it is now (owners taken off it are gone), lowest level first. */
export async function readChains(manager: EntityManager, departments: string[]): Promise<Map<string, ChainLink[]>> {
  const rows: { id: string; department_id: string; level: number; name: string }[] = await manager.query(
    `SELECT id, department_id, level, name FROM escalation.owners WHERE department_id = ANY($1::text[]) AND removed_at IS NULL ORDER BY department_id, level`,
    [departments],
  );
  const chains = new Map<string, ChainLink[]>();
  for (const row of rows)
    chains.set(row.department_id, [
      ...(chains.get(row.department_id) ?? []),
      { ownerId: row.id, name: row.name, level: row.level },
    ]);
  return chains;
}
