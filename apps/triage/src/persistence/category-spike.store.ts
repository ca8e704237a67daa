import { Db } from './committee.store';

/** Advisory lock class of a spike being recorded (the two-key form keeps it apart from other advisory locks). */
const RECORDING_SPIKE = 74_311;

/**
 * The SQL of detected spikes (`triage.category_spikes`), one per category, touchpoint and window. `recorded`: this
 * transaction recorded it; `known`: it was already recorded; `elsewhere`: another transaction is recording it now (it
 * holds the window's lock), so this one does not wait for that whole transaction to learn what it will do.
 */
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
): Promise<'recorded' | 'known' | 'elsewhere'> {
  const [outcome]: { locked: boolean; inserted: boolean }[] = await db.query(
    `WITH lock AS (
       SELECT pg_try_advisory_xact_lock($9, hashtext($10)) AS locked
     ), inserted AS (
       INSERT INTO triage.category_spikes (category, touchpoint, window_kind, window_start, complaints, usual, root_cause_id, detected_at)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8 FROM lock WHERE locked
       ON CONFLICT DO NOTHING RETURNING 1
     )
     SELECT (SELECT locked FROM lock) AS locked, EXISTS (SELECT FROM inserted) AS inserted`,
    [
      spike.category,
      spike.touchpoint,
      spike.windowKind,
      spike.windowStart,
      spike.complaints,
      spike.usual,
      spike.rootCauseId,
      spike.detectedAt,
      RECORDING_SPIKE,
      [spike.category, spike.touchpoint, spike.windowKind, spike.windowStart.toISOString()].join('|'),
    ],
  );
  if (!outcome.locked) return 'elsewhere';
  return outcome.inserted ? 'recorded' : 'known';
}
