import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, EventType, identityOf, redactText } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { categorise } from '../../domain/categorise';
import { excerpt } from '../../domain/excerpt';
import { impactWeight } from '../../domain/impact';
import { RootCauseReview } from '../review/root-cause-review';
import { ClusterDetection } from './cluster-detection';
import { Recurrence } from './recurrence';

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
  ) {}

  async execute(event: EventEnvelope<typeof EventType.ComplaintReceived>, tx: Transaction): Promise<void> {
    // Triage keeps no personal data: the text it keeps and clusters by has the customer's phone, email and name taken out.
    const complaint = { ...event.data, text: redactText(event.data.text, identityOf(event.data.customer)) };
    const now = new Date();
    // The customer was erased before this arrived: nothing of their words is kept (the text serves the category alone).
    const erased = complaint.erased === true || (await isErased(tx, complaint.complaintId));
    const reviewDueAt = new Date(now.getTime() + this.settings.committee.reviewTimeoutMs);
    const suggestion = categorise(complaint.text, complaint.touchpoint, this.settings.categoryRules);
    // One statement opens the root cause or counts the complaint in; xmax = 0 only on a freshly inserted row.
    const [rootCause]: { id: string; opened: boolean }[] = await tx.manager.query(
      `INSERT INTO triage.root_causes (id, category, touchpoint, status, suggested_cause, suggested_department, complaint_count, impact,
         opened_at, review_due_at)
       VALUES ($1, $2, $3, 'under-review', $4, $5, 1, $6, $7, $8)
       ON CONFLICT (category, touchpoint) WHERE status IN ('under-review', 'identified')
       DO UPDATE SET complaint_count = root_causes.complaint_count + 1, impact = root_causes.impact + EXCLUDED.impact
       RETURNING id, (xmax = 0) AS opened`,
      [
        randomUUID(),
        suggestion.category,
        complaint.touchpoint,
        suggestion.suggestedCause,
        suggestion.suggestedDepartment,
        impactWeight(complaint.dissatisfaction),
        now,
        reviewDueAt,
      ],
    );
    await tx.manager.query(
      `INSERT INTO triage.complaint_links (complaint_id, root_cause_id, dissatisfaction, category, received_at, linked_at, excerpt)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        complaint.complaintId,
        rootCause.id,
        complaint.dissatisfaction,
        suggestion.category,
        complaint.receivedAt,
        now,
        erased ? null : excerpt(complaint.text),
      ],
    );
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
    }
  }
}

async function isErased(tx: Transaction, complaintId: string): Promise<boolean> {
  const rows = await tx.manager.query(`SELECT FROM triage.erased_complaints WHERE complaint_id = $1`, [complaintId]);
  return rows.length > 0;
}
