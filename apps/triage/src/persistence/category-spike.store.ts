import { Db } from './committee.store';

/** Advisory lock class of a category's inflow at a touchpoint (the two-key form keeps it apart from other locks). */
const CATEGORY_INFLOW = 74_311;

/**
 * Waits for the transactions counting the same category's inflow at the same touchpoint to commit, and holds them off
 * until this one commits: each then counts the others' complaints, so the complaint that crosses a spike's threshold
 * sees it crossed (two counting side by side would each see one short, and the spike could go unnoticed).
 */
export async function lockCategoryInflow(db: Db, category: string, touchpoint: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [CATEGORY_INFLOW, `${category}|${touchpoint}`]);
}

/** The SQL of detected spikes (`triage.category_spikes`), one per category, touchpoint and window. */
export async function recordSpike(
  db: Db,
  spike: {
    category: string;
    touchpoint: string;
    windowKind: 'hour' | 'day';
    windowStart: Date;
    complaints: number;
    usual: number;
    rootCauseId: string;
    detectedAt: Date;
  },
): Promise<boolean> {
  const inserted: unknown[] = await db.query(
    `INSERT INTO triage.category_spikes (category, touchpoint, window_kind, window_start, complaints, usual, root_cause_id, detected_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING 1`,
    [
      spike.category,
      spike.touchpoint,
      spike.windowKind,
      spike.windowStart,
      spike.complaints,
      spike.usual,
      spike.rootCauseId,
      spike.detectedAt,
    ],
  );
  return inserted.length > 0;
}
