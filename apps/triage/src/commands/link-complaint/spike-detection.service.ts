import { Injectable } from '@nestjs/common';
import { EventType, Touchpoint } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { judgeInflow, sameHourLastWeeks } from '../../domain/category-spike';
import { recordSpike } from '../../persistence/category-spike.store';
import { inflowCounts } from '../../persistence/complaint-link.store';
import { markSpike } from '../../persistence/root-cause.store';

/** How many past weeks the same hour and weekday are compared with. */
export const SPIKE_WEEKS = 4;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

interface Window {
  kind: 'hour' | 'day';
  start: number;
  length: number;
}

/**
 * After a complaint of a known category is filed: is its category's inflow at its touchpoint this hour, or this day,
 * far above the same hour (weekday) of the last SPIKE_WEEKS weeks? If so, once per window: the spike is recorded, the
 * root cause marked for the agenda and `category.spike-detected` emitted. Unclassified complaints are left to the
 * cluster detection.
 */
@Injectable()
export class SpikeDetection {
  async check(
    tx: Transaction,
    complaint: { category: string; touchpoint: Touchpoint; receivedAt: Date },
    rootCauseId: string,
  ): Promise<void> {
    const at = complaint.receivedAt.getTime();
    const hour = Math.floor(at / HOUR_MS) * HOUR_MS;
    const day = Math.floor(at / DAY_MS) * DAY_MS;
    for (const window of [
      { kind: 'hour', start: hour, length: HOUR_MS },
      { kind: 'day', start: day, length: DAY_MS },
    ] as Window[]) {
      const starts = [...sameHourLastWeeks(window.start, SPIKE_WEEKS), window.start];
      const counts = await this.counts(tx, complaint.category, complaint.touchpoint, starts, window.length);
      const current = counts[counts.length - 1];
      const verdict = judgeInflow(current, counts.slice(0, -1));
      if (verdict.spike) await this.record(tx, complaint, rootCauseId, window, current, verdict.usual);
    }
  }

  /** Complaints of the category at the touchpoint received in each window, in the order of `starts`. */
  private async counts(
    tx: Transaction,
    category: string,
    touchpoint: string,
    starts: number[],
    length: number,
  ): Promise<number[]> {
    return inflowCounts(tx.manager, category, touchpoint, starts, length);
  }

  private async record(
    tx: Transaction,
    complaint: { category: string; touchpoint: Touchpoint },
    rootCauseId: string,
    window: Window,
    count: number,
    usual: number,
  ): Promise<void> {
    const now = new Date();
    const recorded = await recordSpike(tx.manager, {
      category: complaint.category,
      touchpoint: complaint.touchpoint,
      windowKind: window.kind,
      windowStart: new Date(window.start),
      complaints: count,
      usual,
      rootCauseId,
      detectedAt: now,
    });
    if (!recorded) return;
    await markSpike(tx.manager, rootCauseId, now);
    tx.emit({
      type: EventType.CategorySpikeDetected,
      key: rootCauseId,
      correlationId: rootCauseId,
      data: {
        rootCauseId,
        category: complaint.category,
        touchpoint: complaint.touchpoint,
        window: window.kind,
        windowStart: new Date(window.start).toISOString(),
        count,
        usual: Math.round(usual * 100) / 100,
        weeksCompared: SPIKE_WEEKS,
        detectedAt: now.toISOString(),
      },
    });
  }
}
