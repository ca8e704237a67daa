import { EntityManager } from 'typeorm';

/** Which parked timers to re-arm: one by id, every one of a kind, or all of them. */
export type RearmSelection = { id: string } | { kind: string } | Record<string, never>;

export interface RearmResult {
  /** Timers pending again, due now, with their attempts reset. */
  rearmed: number;
  /** Parked timers left as they are because a newer timer of their kind and subject is pending already. */
  superseded: number;
}

/**
 * Makes parked (`failed`) timers pending again, due at once and with their attempts reset, for when the cause of their
 * failures has been fixed. A parked timer whose kind and subject has a pending timer meanwhile stays parked: the
 * pending one is the later word on that subject (and only one may be pending).
 */
export async function rearmTimers(
  manager: EntityManager,
  schema: string,
  selection: RearmSelection,
): Promise<RearmResult> {
  const table = `"${schema}".timers`;
  const [filter, params] =
    'id' in selection
      ? ['AND t.id = $1', [selection.id]]
      : 'kind' in selection
        ? ['AND t.kind = $1', [selection.kind]]
        : ['', []];
  const [{ rearmed, superseded }]: RearmResult[] = await manager.query(
    `WITH parked AS (
       SELECT t.id, EXISTS (SELECT 1 FROM ${table} p WHERE p.kind = t.kind AND p.subject_id = t.subject_id AND p.status = 'pending') AS superseded
       FROM ${table} t WHERE t.status = 'failed' ${filter} FOR UPDATE OF t),
     rearmed AS (
       UPDATE ${table} t SET status = 'pending', attempts = 0, due_at = now()
       FROM (SELECT DISTINCT ON (kind, subject_id) t.id FROM parked JOIN ${table} t USING (id)
             WHERE NOT parked.superseded ORDER BY kind, subject_id, t.due_at DESC) latest
       WHERE t.id = latest.id RETURNING t.id)
     SELECT (SELECT count(*)::int FROM rearmed) AS rearmed, (SELECT count(*)::int FROM parked) - (SELECT count(*)::int FROM rearmed) AS superseded`,
    params,
  );
  return { rearmed, superseded };
}
