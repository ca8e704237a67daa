import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { eraseWords } from '../../persistence/complaint-link.store';

/**
 * Erases what triage keeps of the customer's words in these complaints (the excerpt the committee reads, the words
 * clusters are found by); the links, categories and counts stay, so agenda, trends and statistics still count them.
 * Remembers the complaints, for a complaint.received still on its way, and reports back to intake.
 */
@Injectable()
export class EraseComplaintsService {
  async execute(event: EventEnvelope<typeof EventType.CustomerErased>, tx: Transaction): Promise<void> {
    const { erasureId, complaintIds, part, parts } = event.data;
    const held = await eraseWords(tx.manager, complaintIds);
    tx.emit({
      type: EventType.CustomerErasureProgressed,
      key: erasureId,
      correlationId: erasureId,
      data: { erasureId, service: 'triage', part, parts, complaints: held },
    });
  }
}
