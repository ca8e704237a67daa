import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, EventType, identityOf, redactText } from '@redress/contracts';
import { ChangedMeanwhile, Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { categorise } from '../../domain/categorise';
import { excerpt } from '../../domain/excerpt';
import { impactWeight } from '../../domain/impact';
import { insertLink, isErased } from '../../persistence/complaint-link.store';
import {
  addToOpenCounts,
  CountsToAdd,
  fileUnderOpenRootCause,
  openRootCauseOf,
} from '../../persistence/root-cause.store';
import { RootCauseReview } from '../review-root-cause/root-cause-review.service';
import { ClusterDetection } from './cluster-detection.service';
import { SpikeDetection } from './spike-detection.service';
import { Recurrence } from './recurrence.service';

/**
 * Files a received complaint under the open root cause (under review or identified) of its category and touchpoint,
 * opening one if there is none. A new root cause goes to the committee with a review deadline, a durable timer
 * committed with it; if its cause was resolved only recently, it is flagged as that cause come back. A complaint no
 * rule knows may complete a cluster of resembling ones, which then get a root cause of their own.
 */
@Injectable()
export class LinkComplaintService {
  constructor(
    @Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings,
    private readonly review: RootCauseReview,
    private readonly recurrence: Recurrence,
    private readonly clusters: ClusterDetection,
    private readonly spikes: SpikeDetection,
  ) {}

  async execute(event: EventEnvelope<typeof EventType.ComplaintReceived>, tx: Transaction): Promise<void> {
    // Triage keeps no personal data: the text it keeps and clusters by has the customer's phone, email and name taken out.
    const complaint = { ...event.data, text: redactText(event.data.text, identityOf(event.data.customer)) };
    const now = new Date();
    // The customer was erased before this arrived: nothing of their words is kept (the text serves the category alone).
    const erased = complaint.erased === true || (await isErased(tx.manager, complaint.complaintId));
    const reviewDueAt = new Date(now.getTime() + this.settings.committee.reviewTimeoutMs);
    const suggestion = categorise(complaint.text, complaint.touchpoint, this.settings.categoryRules);
    const rootCause = await this.fileUnder(tx, {
      id: randomUUID(),
      category: suggestion.category,
      touchpoint: complaint.touchpoint,
      suggestedCause: suggestion.suggestedCause,
      suggestedDepartment: suggestion.suggestedDepartment,
      impact: impactWeight(complaint.dissatisfaction),
      openedAt: now,
      reviewDueAt,
    });
    await insertLink(tx.manager, {
      complaintId: complaint.complaintId,
      rootCauseId: rootCause.id,
      dissatisfaction: complaint.dissatisfaction,
      category: suggestion.category,
      receivedAt: complaint.receivedAt,
      linkedAt: now,
      excerpt: erased ? null : excerpt(complaint.text),
    });
    if (rootCause.opened) {
      const recurred = await this.recurrence.markIfRecurred(
        tx,
        rootCause.id,
        suggestion.category,
        complaint.touchpoint,
        new Date(complaint.receivedAt),
      );
      await this.review.openForReview(
        tx,
        {
          rootCauseId: rootCause.id,
          category: suggestion.category,
          touchpoint: complaint.touchpoint,
          suggestedCause: recurred?.cause ?? suggestion.suggestedCause,
          suggestedDepartment: recurred?.department ?? suggestion.suggestedDepartment,
          firstComplaintId: complaint.complaintId,
          openedAt: now.toISOString(),
          ...(recurred ? { recurrenceOf: recurred.id } : {}),
        },
        reviewDueAt,
      );
    }
    tx.emit({
      type: EventType.RootCauseComplaintLinked,
      key: complaint.complaintId,
      data: {
        complaintId: complaint.complaintId,
        rootCauseId: rootCause.id,
        category: suggestion.category,
        linkedAt: now.toISOString(),
      },
    });
    // After its first link event: a cluster relinks the complaint, and the latest link of a complaint is the one that counts.
    if (suggestion.category === this.settings.categoryRules.fallback.category && !erased) {
      const unclassified = {
        complaintId: complaint.complaintId,
        touchpoint: complaint.touchpoint,
        text: complaint.text,
        receivedAt: new Date(complaint.receivedAt),
      };
      await this.clusters.detect(tx, unclassified, rootCause.id);
    } else {
      const filed = {
        category: suggestion.category,
        touchpoint: complaint.touchpoint,
        receivedAt: new Date(complaint.receivedAt),
      };
      await this.spikes.check(tx, filed, rootCause.id);
    }
  }

  /**
   * Counts the complaint into the open root cause of its category and touchpoint at commit, or opens one. A complaint
   * of the fallback category may join a cluster in this same transaction, which moves counts at once: it counts at
   * once too, as does the complaint that opens a root cause (one statement; xmax = 0 only on a freshly inserted row).
   */
  private async fileUnder(
    tx: Transaction,
    opening: Parameters<typeof fileUnderOpenRootCause>[1],
  ): Promise<{ id: string; opened: boolean }> {
    const clusterable = opening.category === this.settings.categoryRules.fallback.category;
    const open = clusterable ? undefined : await openRootCauseOf(tx.manager, opening.category, opening.touchpoint);
    if (!open) return fileUnderOpenRootCause(tx.manager, opening);
    countAtCommit(tx, open, opening.impact);
    return { id: open, opened: false };
  }
}

/**
 * Counts a complaint into an open root cause when the transaction commits. A root cause's row is triage's hottest
 * (every complaint of its category and touchpoint adds to it): counted at once, the first message of a batch locked
 * it and every other partition's batch waited for the whole of this one.
 */
function countAtCommit(tx: Transaction, rootCauseId: string, impact: number): void {
  const counts = tx.atCommit<CountsToAdd>('triage.root-cause-counts', () => ({ value: new Map(), write: addCounts }));
  const counted = counts.get(rootCauseId) ?? { count: 0, impact: 0 };
  counts.set(rootCauseId, { count: counted.count + 1, impact: counted.impact + impact });
}

async function addCounts(manager: EntityManager, counts: CountsToAdd): Promise<void> {
  const added = await addToOpenCounts(manager, counts);
  if (added.size < counts.size)
    throw new ChangedMeanwhile('a root cause closed or merged while complaints were filed under it: filing them again');
}
