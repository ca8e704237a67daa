import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { stripFromOutbox, Transaction } from '@redress/messaging';
import { eraseDecisionReasonsOf } from '../../persistence/compensation.store';
import { eraseComplaints, receivedAmong } from '../../persistence/complaint.store';
import { eraseFeedbackCommentsOf } from '../../persistence/feedback.store';
import { eraseNotificationsOf } from '../../persistence/notification.store';
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
    const held = await receivedAmong(tx.manager, complaintIds);
    await eraseComplaints(tx.manager, complaintIds);
    await eraseNotificationsOf(tx.manager, complaintIds);
    await eraseFeedbackCommentsOf(tx.manager, complaintIds);
    await eraseDecisionReasonsOf(tx.manager, complaintIds);
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
