import { Inject, Injectable } from '@nestjs/common';
import { Dissatisfaction, EventType, Touchpoint } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { Timers } from '@redress/timers';
import { randomUUID } from 'node:crypto';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { Cluster, ClusterCandidate, findCluster, MIN_SHARED_WORDS, significantWords } from '../../domain/cluster';
import { impactWeight } from '../../domain/impact';
import { returnedRows } from '../../persistence/query-results';
import { REVIEW_DEADLINE_TIMER, RootCauseReview } from '../review/root-cause-review';

export interface UnclassifiedComplaint {
  complaintId: string;
  touchpoint: Touchpoint;
  text: string;
  receivedAt: Date;
}

/** Candidates read per detection: plenty for a cluster of a few, bounded when unclassified complaints pour in. */
const MAX_CANDIDATES = 500;

/**
 * When complaints no rule knows pile up and resemble each other, something new is going on: gather them under a
 * proposed root cause for the committee, and say so on `rootcause.cluster-detected` for ops to alert on.
 */
@Injectable()
export class ClusterDetection {
  constructor(
    @Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings,
    private readonly timers: Timers,
    private readonly review: RootCauseReview,
  ) {}

  /** For a complaint just filed under its touchpoint's unclassified root cause (after its link event). */
  async detect(tx: Transaction, complaint: UnclassifiedComplaint, unclassifiedId: string): Promise<void> {
    const words = significantWords(complaint.text);
    if (words.length < MIN_SHARED_WORDS) return;
    await tx.manager.query(`UPDATE triage.complaint_links SET words = $2 WHERE complaint_id = $1`, [
      complaint.complaintId,
      words,
    ]);
    const recent: ClusterCandidate[] = await tx.manager.query(
      `SELECT complaint_id AS "complaintId", words FROM triage.complaint_links
       WHERE root_cause_id = $1 AND words && $2::text[] AND received_at > $3 AND complaint_id <> $4
       ORDER BY received_at DESC LIMIT ${MAX_CANDIDATES}`,
      [
        unclassifiedId,
        words,
        new Date(complaint.receivedAt.getTime() - this.settings.loop.clusterWindowMs),
        complaint.complaintId,
      ],
    );
    const cluster = findCluster({ complaintId: complaint.complaintId, words }, recent, this.settings.loop.clusterSize);
    if (cluster) await this.propose(tx, cluster, complaint.touchpoint, unclassifiedId);
  }

  private async propose(tx: Transaction, cluster: Cluster, touchpoint: Touchpoint, fromId: string): Promise<void> {
    const now = new Date();
    const reviewDueAt = new Date(now.getTime() + this.settings.committee.reviewTimeoutMs);
    const category = `emerging:${cluster.words.join('-')}`;
    const suggestedCause = `Customers write about "${cluster.words.join(', ')}" at ${touchpoint}; no rule covers it yet`;
    const suggestedDepartment = this.settings.categoryRules.fallback.department;
    const [rootCause]: { id: string; opened: boolean }[] = await tx.manager.query(
      `INSERT INTO triage.root_causes (id, category, touchpoint, status, suggested_cause, suggested_department, complaint_count, impact,
         opened_at, review_due_at)
       VALUES ($1, $2, $3, 'under-review', $4, $5, 0, 0, $6, $7)
       ON CONFLICT (category, touchpoint) WHERE status IN ('under-review', 'identified')
       DO UPDATE SET complaint_count = root_causes.complaint_count
       RETURNING id, (xmax = 0) AS opened`,
      [randomUUID(), category, touchpoint, suggestedCause, suggestedDepartment, now, reviewDueAt],
    );
    const moved = returnedRows<{ complaint_id: string; dissatisfaction: Dissatisfaction; received_at: Date }>(
      await tx.manager.query(
        `UPDATE triage.complaint_links SET root_cause_id = $2, category = $3, linked_at = $4
         WHERE complaint_id = ANY($1::uuid[]) AND root_cause_id = $5
         RETURNING complaint_id, dissatisfaction, received_at`,
        [cluster.complaintIds, rootCause.id, category, now, fromId],
      ),
    );
    const impact = moved.reduce((sum, link) => sum + impactWeight(link.dissatisfaction), 0);
    await tx.manager.query(
      `UPDATE triage.root_causes SET complaint_count = complaint_count - $2, impact = impact - $3 WHERE id = $1`,
      [fromId, moved.length, impact],
    );
    await tx.manager.query(
      `UPDATE triage.root_causes SET complaint_count = complaint_count + $2, impact = impact + $3 WHERE id = $1`,
      [rootCause.id, moved.length, impact],
    );
    await this.retireIfEmpty(tx, fromId, rootCause.id, now);

    if (rootCause.opened) {
      const opened = {
        rootCauseId: rootCause.id,
        category,
        touchpoint,
        suggestedCause,
        suggestedDepartment,
        firstComplaintId: cluster.complaintIds[0],
        openedAt: now.toISOString(),
      };
      await this.review.openForReview(tx, opened, reviewDueAt);
      tx.emit({
        type: EventType.RootCauseClusterDetected,
        key: rootCause.id,
        correlationId: rootCause.id,
        data: {
          rootCauseId: rootCause.id,
          touchpoint,
          words: cluster.words,
          complaintCount: moved.length,
          firstReceivedAt: new Date(Math.min(...moved.map((link) => link.received_at.getTime()))).toISOString(),
          detectedAt: now.toISOString(),
        },
      });
    }
    for (const link of moved) {
      tx.emit({
        type: EventType.RootCauseComplaintLinked,
        key: link.complaint_id,
        data: {
          complaintId: link.complaint_id,
          rootCauseId: rootCause.id,
          category,
          linkedAt: now.toISOString(),
          previousRootCauseId: fromId,
          relinkReason: 'clustered',
        },
      });
    }
  }

  /** An unclassified root cause the cluster emptied has nothing left to review: it went into the cluster. */
  private async retireIfEmpty(tx: Transaction, fromId: string, intoId: string, now: Date): Promise<void> {
    const retired = returnedRows(
      await tx.manager.query(
        `UPDATE triage.root_causes SET status = 'merged', merged_into = $2, merged_at = $3 WHERE id = $1 AND complaint_count = 0 RETURNING id`,
        [fromId, intoId, now],
      ),
    );
    if (retired.length > 0) await this.timers.cancel(tx, REVIEW_DEADLINE_TIMER, fromId);
  }
}
