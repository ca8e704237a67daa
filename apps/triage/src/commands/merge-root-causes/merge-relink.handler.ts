import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { DueTimer, TimerWorker, Timers } from '@redress/timers';
import { MERGE_RELINK_TIMER, RootCauseReview } from '../review/root-cause-review';

/** Complaints moved per transaction: bounded, so a root cause of 100,000 complaints merges in many small steps. */
export const MERGE_BATCH_SIZE = 500;

/**
 * Moves one batch of a merged root cause's complaints to the root cause that absorbed it, with a
 * `rootcause.complaint-linked` for each, then schedules itself again until none is left. If the absorbing root cause
 * was itself merged meanwhile, the complaints go on to the one that absorbed it.
 */
@Injectable()
export class MergeRelinkHandler implements OnModuleInit {
  constructor(
    private readonly worker: TimerWorker,
    private readonly timers: Timers,
    private readonly review: RootCauseReview,
  ) {}

  onModuleInit(): void {
    this.worker.handle(MERGE_RELINK_TIMER, (timer, tx) => this.fire(timer, tx));
  }

  async fire(timer: DueTimer, tx: Transaction): Promise<void> {
    const absorbedId = timer.subjectId;
    const intoId = await this.finalTarget(tx, String(timer.payload.intoRootCauseId));
    const [, target] = await this.review.lockPair(tx, absorbedId, intoId);
    // Merged between the lookup and the lock: fail this attempt; the retry follows the chain again.
    if (target.status === 'merged') throw new Error(`root cause ${intoId} was merged meanwhile`);
    const links: { complaintId: string; dissatisfaction: string }[] = await tx.manager.query(
      `SELECT complaint_id AS "complaintId", dissatisfaction FROM triage.complaint_links
       WHERE root_cause_id = $1 ORDER BY linked_at, complaint_id LIMIT ${MERGE_BATCH_SIZE} FOR UPDATE`,
      [absorbedId],
    );
    if (links.length === 0) return;
    const now = new Date();
    const [{ count, impact }]: { count: number; impact: number }[] = await tx.manager.query(
      `WITH moved AS (
         UPDATE triage.complaint_links SET root_cause_id = $2, category = $3, linked_at = $4
         WHERE complaint_id = ANY($1::uuid[]) RETURNING dissatisfaction)
       SELECT count(*)::int AS count,
              coalesce(sum(CASE dissatisfaction WHEN 'outraged' THEN 3 WHEN 'upset' THEN 2 ELSE 1 END), 0)::int AS impact
       FROM moved`,
      [links.map((link) => link.complaintId), target.id, target.category, now],
    );
    await tx.manager.query(
      `UPDATE triage.root_causes SET complaint_count = complaint_count - $2, impact = impact - $3 WHERE id = $1`,
      [absorbedId, count, impact],
    );
    await tx.manager.query(
      `UPDATE triage.root_causes SET complaint_count = complaint_count + $2, impact = impact + $3 WHERE id = $1`,
      [target.id, count, impact],
    );
    for (const link of links) {
      tx.emit({
        type: EventType.RootCauseComplaintLinked,
        key: link.complaintId,
        data: {
          complaintId: link.complaintId,
          rootCauseId: target.id,
          category: target.category,
          linkedAt: now.toISOString(),
          previousRootCauseId: absorbedId,
          relinkReason: 'merged',
        },
      });
    }
    if (links.length === MERGE_BATCH_SIZE) {
      await this.timers.schedule(tx, {
        kind: MERGE_RELINK_TIMER,
        subjectId: absorbedId,
        dueAt: now,
        payload: { intoRootCauseId: target.id },
      });
    }
  }

  /** Follows merges from the named root cause to the open one that holds them now. */
  private async finalTarget(tx: Transaction, rootCauseId: string): Promise<string> {
    const [row]: { id: string }[] = await tx.manager.query(
      `WITH RECURSIVE chain (id, merged_into, depth) AS (
         SELECT id, merged_into, 0 FROM triage.root_causes WHERE id = $1
         UNION ALL
         SELECT r.id, r.merged_into, chain.depth + 1 FROM triage.root_causes r JOIN chain ON r.id = chain.merged_into WHERE chain.depth < 100)
       SELECT id FROM chain WHERE merged_into IS NULL`,
      [rootCauseId],
    );
    if (!row) throw new Error(`root cause ${rootCauseId} leads to no open root cause`);
    return row.id;
  }
}
