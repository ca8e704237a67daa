import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { COMPLAINT_COLUMNS, toKnownComplaint } from '../../persistence/complaint.record';
import { RootCauseUpdates } from '../inform-complaints/root-cause-updates';

/**
 * Records which root cause a complaint belongs to: the link with the latest `linkedAt` wins (a move or merge
 * relinks; an older link arriving late changes nothing). A complaint joining a root cause that is already assigned
 * or resolved is told what it missed: the latest progress, or the resolution with its compensation.
 */
@Injectable()
export class LinkComplaintService {
  constructor(private readonly updates: RootCauseUpdates) {}

  async execute(event: EventEnvelope<typeof EventType.RootCauseComplaintLinked>, tx: Transaction): Promise<void> {
    const { complaintId, rootCauseId, linkedAt } = event.data;
    const rows: Record<string, unknown>[] = await tx.manager.query(
      `INSERT INTO notifier.complaints (id, root_cause_id, linked_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET root_cause_id = EXCLUDED.root_cause_id, linked_at = EXCLUDED.linked_at
         WHERE notifier.complaints.linked_at IS NULL OR notifier.complaints.linked_at <= EXCLUDED.linked_at
       RETURNING ${COMPLAINT_COLUMNS}, received_at`,
      [complaintId, rootCauseId, linkedAt],
    );
    const [row] = rows;
    if (!row || !row.received_at) return; // an older link, or the complaint itself has not arrived yet
    await this.updates.catchUp(tx, toKnownComplaint(row));
  }
}
