import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { categorise } from '../../domain/categorise';

/**
 * Files a received complaint under the open root cause of its category and touchpoint, opening one if there is
 * none. Until the committee review lands, a new root cause is identified at once from the rule's suggestion,
 * as a committee that never voted would at its deadline.
 */
@Injectable()
export class LinkComplaintService {
  constructor(@Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings) {}

  async execute(event: EventEnvelope<typeof EventType.ComplaintReceived>, tx: Transaction): Promise<void> {
    const complaint = event.data;
    const now = new Date();
    const suggestion = categorise(complaint.text, complaint.touchpoint, this.settings.categoryRules);
    // One statement opens the root cause or counts the complaint in; xmax = 0 only on a freshly inserted row.
    const [rootCause]: { id: string; opened: boolean }[] = await tx.manager.query(
      `INSERT INTO triage.root_causes (id, category, touchpoint, status, suggested_cause, suggested_department, complaint_count, opened_at)
       VALUES ($1, $2, $3, 'under-review', $4, $5, 1, $6)
       ON CONFLICT (category, touchpoint) WHERE status <> 'resolved'
       DO UPDATE SET complaint_count = root_causes.complaint_count + 1
       RETURNING id, (xmax = 0) AS opened`,
      [randomUUID(), suggestion.category, complaint.touchpoint, suggestion.suggestedCause, suggestion.suggestedDepartment, now],
    );
    await tx.manager.query(
      `INSERT INTO triage.complaint_links (complaint_id, root_cause_id, dissatisfaction, linked_at) VALUES ($1, $2, $3, $4)`,
      [complaint.complaintId, rootCause.id, complaint.dissatisfaction, now],
    );
    if (rootCause.opened) {
      tx.emit({
        type: EventType.RootCauseOpened,
        key: rootCause.id,
        correlationId: rootCause.id,
        data: {
          rootCauseId: rootCause.id,
          category: suggestion.category,
          touchpoint: complaint.touchpoint,
          suggestedCause: suggestion.suggestedCause,
          suggestedDepartment: suggestion.suggestedDepartment,
          firstComplaintId: complaint.complaintId,
          openedAt: now.toISOString(),
        },
      });
    }
    tx.emit({
      type: EventType.RootCauseComplaintLinked,
      key: complaint.complaintId,
      data: { complaintId: complaint.complaintId, rootCauseId: rootCause.id, category: suggestion.category, linkedAt: now.toISOString() },
    });
    if (rootCause.opened) await this.identifyFromSuggestion(rootCause.id, suggestion.suggestedCause, suggestion.suggestedDepartment, now, tx);
  }

  private async identifyFromSuggestion(rootCauseId: string, cause: string, department: string, now: Date, tx: Transaction): Promise<void> {
    await tx.manager.query(
      `UPDATE triage.root_causes SET status = 'identified', cause = $2, department = $3, decided_by = 'timeout', identified_at = $4
       WHERE id = $1`,
      [rootCauseId, cause, department, now],
    );
    tx.emit({
      type: EventType.RootCauseIdentified,
      key: rootCauseId,
      correlationId: rootCauseId,
      data: { rootCauseId, cause, department, decidedBy: 'timeout', votes: [], complaintCount: 1, identifiedAt: now.toISOString() },
    });
  }
}
