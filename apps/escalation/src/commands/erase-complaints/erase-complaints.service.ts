import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';

/**
 * Erases what escalation keeps of the customer in these complaints: a callback's time zone and contact window,
 * the customer's comment and the note of the call. The callback, its deadlines and outcome stay. Remembers the
 * complaints, for a followup.requested still on its way, and reports back to intake.
 */
@Injectable()
export class EraseComplaintsService {
  async execute(event: EventEnvelope<typeof EventType.CustomerErased>, tx: Transaction): Promise<void> {
    const { erasureId, complaintIds, part, parts } = event.data;
    await tx.manager.query(
      `INSERT INTO escalation.erased_complaints (complaint_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`,
      [complaintIds],
    );
    const [, held]: [unknown, number] = await tx.manager.query(
      `UPDATE escalation.follow_ups
       SET timezone = NULL, window_from = NULL, window_to = NULL, comment = NULL, note = NULL
       WHERE complaint_id = ANY($1)`,
      [complaintIds],
    );
    tx.emit({
      type: EventType.CustomerErasureProgressed,
      key: erasureId,
      correlationId: erasureId,
      data: { erasureId, service: 'escalation', part, parts, complaints: held },
    });
  }
}
