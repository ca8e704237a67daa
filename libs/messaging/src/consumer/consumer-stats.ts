import { Injectable } from '@nestjs/common';
import { RejectionReason } from '@redress/contracts';
import { eventsConsumed } from '../messaging.metrics';

/** `held`: a retry of a message held through an infrastructure outage (see InboundEvents). */
export type ConsumeResult = 'applied' | 'duplicate' | 'retried' | 'held' | 'dead-lettered' | RejectionReason;

/** Counts what happened to consumed messages per event type, so nothing is dropped unseen (`/metrics`). */
@Injectable()
export class ConsumerStats {
  record(type: string, result: ConsumeResult): void {
    eventsConsumed.inc({ type, result });
  }
}
