import { Injectable } from '@nestjs/common';
import { EventType, Touchpoint } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { judgeInflow, sameHourLastWeeks } from '../../domain/category-spike';
import { lockCategoryInflow, recordSpike } from '../../persistence/category-spike.store';
import { inflowCounts } from '../../persistence/complaint-link.store';
import { markSpike } from '../../persistence/root-cause.store';

/** How many past weeks the same hour and weekday are compared with. */
export const SPIKE_WEEKS = 4;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Recorded windows remembered at most (see SpikeDetection.recorded). */
const MAX_REMEMBERED = 10_000;

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
  /**
   * Windows whose spike is recorded and committed. A recorded spike is never recorded again, so for these windows
   * neither the counts nor the insert can change anything: skipping them spares an outage's every complaint two
   * counts (the day's growing with the outage) and two inserts that conflict.
   */
  private readonly recorded = new Set<string>();

  async check(
    tx: Transaction,
    complaint: { category: string; touchpoint: Touchpoint; receivedAt: Date },
    rootCauseId: string,
  ): Promise<void> {
    const at = complaint.receivedAt.getTime();
    const hour = Math.floor(at / HOUR_MS) * HOUR_MS;
    const day = Math.floor(at / DAY_MS) * DAY_MS;
    const windows = (
      [
        { kind: 'hour', start: hour, length: HOUR_MS },
        { kind: 'day', start: day, length: DAY_MS },
      ] as Window[]
    ).filter((window) => !this.recorded.has(windowKey(complaint, window)));
    if (windows.length === 0) return;
    // Only until the windows' spikes are recorded: a storm's complaints then skip all of this.
    await lockCategoryInflow(tx.manager, complaint.category, complaint.touchpoint);
    // Every window's current and past counts in one statement: the windows' starts, each followed by its length.
    const compared = windows.map((window) =>
      [...sameHourLastWeeks(window.start, SPIKE_WEEKS), window.start].map((start) => ({
        start,
        length: window.length,
      })),
    );
    const counts = await inflowCounts(tx.manager, complaint.category, complaint.touchpoint, compared.flat());
    for (const [index, window] of windows.entries()) {
      const ofWindow = counts.slice(index * (SPIKE_WEEKS + 1), (index + 1) * (SPIKE_WEEKS + 1));
      const current = ofWindow[ofWindow.length - 1];
      const verdict = judgeInflow(current, ofWindow.slice(0, -1));
      if (verdict.spike) await this.record(tx, complaint, rootCauseId, window, current, verdict.usual);
    }
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
    // Inserted or not, the spike is in the table once this transaction commits (a conflicting insert of another
    // transaction is waited for; one of this transaction's own commits with it).
    const key = windowKey(complaint, window);
    tx.afterCommit(() => this.remember(key));
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

  private remember(key: string): void {
    // Old windows are of no use once past: forgetting them all now and then bounds the set.
    if (this.recorded.size >= MAX_REMEMBERED) this.recorded.clear();
    this.recorded.add(key);
  }
}

function windowKey(complaint: { category: string; touchpoint: string }, window: Window): string {
  return JSON.stringify([complaint.category, complaint.touchpoint, window.kind, window.start]);
}
