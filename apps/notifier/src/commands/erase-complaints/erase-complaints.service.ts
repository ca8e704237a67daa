import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { stripFromOutbox, Transaction } from '@redress/messaging';
import { NOTIFIER_SCHEMA } from '../../persistence/notifier.schema';

/**
 * Erases what the notifier keeps of the customer in these complaints: contact data and form of address, the external
 * ref it quoted as reference, each message's recipient and text (a message still due is failed, never sent) and its
 * error text (a mail server's refusal quotes the address; the notifier knows no identity to redact it with, so the
 * whole text goes), the rating's comment, the reason given for a compensation decision, and the same fields in its
 * outbox copies of feedback.received and followup.requested. Messages, compensations, ratings and statuses stay, as
 * counts and outcomes. Marks complaints it has not seen yet, so their complaint.received is kept without contact
 * data, and reports back to intake.
 */
@Injectable()
export class EraseComplaintsService {
  async execute(event: EventEnvelope<typeof EventType.CustomerErased>, tx: Transaction): Promise<void> {
    const { erasureId, complaintIds, part, parts } = event.data;
    const held: { id: string }[] = await tx.manager.query(
      `SELECT id FROM notifier.complaints WHERE id = ANY($1) AND received_at IS NOT NULL`,
      [complaintIds],
    );
    await tx.manager.query(
      `INSERT INTO notifier.complaints (id, erased_at) SELECT unnest($1::uuid[]), now()
       ON CONFLICT (id) DO UPDATE SET erased_at = coalesce(complaints.erased_at, now()),
         reference = upper(left(complaints.id::text, 8)), address_as = NULL, customer_name = NULL, phone = NULL, email = NULL, callback_url = NULL, timezone = NULL,
         window_from = NULL, window_to = NULL`,
      [complaintIds],
    );
    await tx.manager.query(
      `UPDATE notifier.notifications
       SET recipient = NULL, subject = NULL, body = NULL, fallback = NULL, lease_token = NULL,
         last_error = CASE WHEN status = 'scheduled' OR last_error = 'customer data erased' THEN 'customer data erased'
           WHEN last_error IS NOT NULL THEN '[erased]' END,
         failed_at = CASE WHEN status = 'scheduled' THEN now() ELSE failed_at END,
         status = CASE WHEN status = 'scheduled' THEN 'failed' ELSE status END
       WHERE complaint_id = ANY($1)`,
      [complaintIds],
    );
    await tx.manager.query(`UPDATE notifier.feedback SET comment = NULL WHERE complaint_id = ANY($1)`, [complaintIds]);
    // A supervisor's reason for a compensation decision is written for the customer and may name them.
    await tx.manager.query(`UPDATE notifier.compensations SET decision_reason = NULL WHERE complaint_id = ANY($1)`, [
      complaintIds,
    ]);
    await stripFromOutbox(tx.manager, NOTIFIER_SCHEMA, {
      types: [EventType.FeedbackReceived, EventType.FollowUpRequested],
      keys: complaintIds,
      paths: [
        ['data', 'comment'],
        ['data', 'phone'],
        ['data', 'timezone'],
        ['data', 'contactWindow'],
      ],
    });
    tx.emit({
      type: EventType.CustomerErasureProgressed,
      key: erasureId,
      correlationId: erasureId,
      data: { erasureId, service: 'notifier', part, parts, complaints: held.length },
    });
  }
}
