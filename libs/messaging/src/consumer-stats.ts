import { Injectable } from '@nestjs/common';
import { RejectionReason } from '@redress/contracts';

export type ConsumeResult = 'applied' | 'duplicate' | 'retried' | 'dead-lettered' | RejectionReason;

/** Counts what happened to consumed messages per event type, so nothing is dropped unseen. */
@Injectable()
export class ConsumerStats {
  private readonly counts = new Map<string, number>();

  record(type: string, result: ConsumeResult): void {
    const key = `${type}|${result}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  snapshot(): { type: string; result: ConsumeResult; count: number }[] {
    return [...this.counts].map(([key, count]) => {
      const [type, result] = key.split('|') as [string, ConsumeResult];
      return { type, result, count };
    });
  }
}
