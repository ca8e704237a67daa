import { Injectable } from '@nestjs/common';
import { ERASING_SERVICES, EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { completeErasureWhenReported, lockErasure, recordErasureProgress } from '../../persistence/erasure.store';

/** Records one service's report on one part of an erasure; the last report due marks the erasure done. */
@Injectable()
export class RecordErasureProgressService {
  async execute(event: EventEnvelope<typeof EventType.CustomerErasureProgressed>, tx: Transaction): Promise<void> {
    const { erasureId, service, part, complaints } = event.data;
    // Serialises the reports of one erasure, so exactly one of them sees the count complete.
    const erasure = await lockErasure(tx.manager, erasureId);
    if (!erasure) return;
    await recordErasureProgress(tx.manager, { erasureId, service, part, complaints });
    await completeErasureWhenReported(tx.manager, erasureId, erasure.parts * ERASING_SERVICES.length);
  }
}
