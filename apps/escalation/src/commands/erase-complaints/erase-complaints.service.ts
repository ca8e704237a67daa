import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { rememberErased } from '../../persistence/erased-complaint.store';
import { FollowUpStore } from '../../persistence/follow-up.store';

/**
 * Erases what escalation keeps of the customer in these complaints: a callback's time zone and contact window,
 * the customer's comment and the note of the call. The callback, its deadlines and outcome stay. Remembers the
 * complaints, for a followup.requested still on its way, and reports back to intake.
 */
@Injectable()
export class EraseComplaintsService {
  constructor(private readonly followUps: FollowUpStore) {}

  async execute(event: EventEnvelope<typeof EventType.CustomerErased>, tx: Transaction): Promise<void> {
    const { erasureId, complaintIds, part, parts } = event.data;
    await rememberErased(tx.manager, complaintIds);
    const held = await this.followUps.eraseCustomer(tx.manager, complaintIds);
    tx.emit({
      type: EventType.CustomerErasureProgressed,
      key: erasureId,
      correlationId: erasureId,
      data: { erasureId, service: 'escalation', part, parts, complaints: held },
    });
  }
}
