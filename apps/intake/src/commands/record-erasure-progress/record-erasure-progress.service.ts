import { Injectable } from '@nestjs/common';
import { ERASING_SERVICES, EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';

/** Records one service's report on one part of an erasure; the last report due marks the erasure done. */
@Injectable()
export class RecordErasureProgressService {
  async execute(event: EventEnvelope<typeof EventType.CustomerErasureProgressed>, tx: Transaction): Promise<void> {
    const { erasureId, service, part, complaints } = event.data;
    // Serialises the reports of one erasure, so exactly one of them sees the count complete.
    const [erasure]: { parts: number }[] = await tx.manager.query(
      `SELECT parts FROM intake.erasures WHERE id = $1 FOR UPDATE`,
      [erasureId],
    );
    if (!erasure) return;
    await tx.manager.query(
      `INSERT INTO intake.erasure_progress (erasure_id, service, part, complaints) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [erasureId, service, part, complaints],
    );
    await tx.manager.query(
      `UPDATE intake.erasures SET completed_at = now()
       WHERE id = $1 AND completed_at IS NULL
         AND (SELECT count(*) FROM intake.erasure_progress WHERE erasure_id = $1) >= $2`,
      [erasureId, erasure.parts * ERASING_SERVICES.length],
    );
  }
}
