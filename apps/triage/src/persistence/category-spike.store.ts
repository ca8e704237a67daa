import { Db } from './committee.store';

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
