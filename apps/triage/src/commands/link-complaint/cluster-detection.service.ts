import { Inject, Injectable } from '@nestjs/common';
import { EventType, Touchpoint } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { Timers } from '@redress/timers';
import { randomUUID } from 'node:crypto';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { Cluster, ClusterCandidate, findCluster, MIN_SHARED_WORDS, significantWords } from '../../domain/cluster';
import { impactWeight } from '../../domain/impact';
import { clusterCandidates, relinkCluster, setWords } from '../../persistence/complaint-link.store';
import { addToCounts, mergeIfEmpty, openEmptyRootCause, takeFromCounts } from '../../persistence/root-cause.store';
import { REVIEW_DEADLINE_TIMER, RootCauseReview } from '../review-root-cause/root-cause-review.service';

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
    await setWords(tx.manager, complaint.complaintId, words);
    const recent: ClusterCandidate[] = await clusterCandidates(
      tx.manager,
      unclassifiedId,
      words,
      new Date(complaint.receivedAt.getTime() - this.settings.loop.clusterWindowMs),
      complaint.complaintId,
      MAX_CANDIDATES,
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
    const rootCause = await openEmptyRootCause(tx.manager, {
      id: randomUUID(),
      category,
      touchpoint,
      suggestedCause,
      suggestedDepartment,
      openedAt: now,
      reviewDueAt,
    });
    const moved = await relinkCluster(tx.manager, cluster.complaintIds, { id: rootCause.id, category }, now, fromId);
    const impact = moved.reduce((sum, link) => sum + impactWeight(link.dissatisfaction), 0);
    await takeFromCounts(tx.manager, fromId, moved.length, impact);
    await addToCounts(tx.manager, rootCause.id, moved.length, impact);
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
    if (await mergeIfEmpty(tx.manager, fromId, intoId, now))
      await this.timers.cancel(tx, REVIEW_DEADLINE_TIMER, fromId);
  }
}
