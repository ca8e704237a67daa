import { Inject, Injectable, Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { EventEnvelope, EventType, eventTypeOfTopic, parseEvent, ParseResult } from '@redress/contracts';
import { BatchFallback, ConsumedBatch } from '../consumer/consumed-batch';
import { ConsumerStats } from '../consumer/consumer-stats';
import { Correlation } from '../correlation';
import { DeadLetters } from './dead-letters';
import { classifyFailure, failureLabel } from './failure-kind';
import { heldPartitions, OUTAGE_BACKOFF_DEFAULTS, OutageBackoff, PartitionHold } from '../consumer/held-partitions';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import { Transaction } from '../transaction/transaction';
import { UnitOfWork } from '../transaction/unit-of-work';

export type EventWork<T extends EventType> = (event: EventEnvelope<T>, tx: Transaction) => Promise<void>;

/**
 * The path every consumed message takes: parse and validate against the contract, apply once through the
 * inbox, retry a failing handler a bounded number of times, then dead-letter it. It returns normally in
 * every case but a broker that refuses the dead letter, so a poison message never holds up its partition.
 * A failure of the infrastructure (classifyFailure: the database away, a deadlock ...) is no fault of the message:
 * it is retried, holding the partition, for as long as the outage lasts, and neither counted nor dead-lettered.
 * Inside a consumed batch it only applies the event in the batch's transaction and throws on anything else.
 */
@Injectable()
export class InboundEvents {
  private readonly logger = new Logger(InboundEvents.name);
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly outageBackoff: OutageBackoff;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly deadLetters: DeadLetters,
    private readonly stats: ConsumerStats,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? 4;
    this.backoffMs = options.retryBackoffMs ?? 200;
    this.outageBackoff = options.outageBackoff ?? OUTAGE_BACKOFF_DEFAULTS;
  }

  /** Like `process`, for a handler of several event types: the type is the one the message's topic carries. */
  processByTopic(context: KafkaContext, work: EventWork<EventType>): Promise<void> {
    const type = eventTypeOfTopic(context.getTopic());
    if (!type) throw new Error(`${context.getTopic()} is not an event topic`);
    return this.process(context, type, work);
  }

  /** `consumer` names the effect in the inbox; give two handlers of one event type different names. */
  async process<T extends EventType>(
    context: KafkaContext,
    type: T,
    work: EventWork<T>,
    consumer: string = type,
  ): Promise<void> {
    const parsed = parseEvent(context.getMessage().value as Buffer | string | null, type);
    // Every line logged while the message is handled names its complaint or root cause (see Correlation).
    return Correlation.run(parsed.ok ? parsed.event.correlationId : undefined, () =>
      this.handle(context, type, parsed, work, consumer),
    );
  }

  private async handle<T extends EventType>(
    context: KafkaContext,
    type: T,
    parsed: ParseResult<T>,
    work: EventWork<T>,
    consumer: string,
  ): Promise<void> {
    const batch = ConsumedBatch.current();
    if (batch) {
      try {
        // Rejections, retries and dead letters take the one-message path below, where they are counted once.
        if (!parsed.ok) throw new BatchFallback(`${type} ${parsed.reason}`);
        const outcome = await this.unitOfWork.consumeInBatch(batch, parsed.event, consumer, (tx) =>
          work(parsed.event, tx),
        );
        batch.afterCommit(() => this.stats.record(type, outcome));
        return;
      } catch (error) {
        // Recorded, not only thrown: whatever the framework does with the error, this batch cannot commit.
        batch.fail(error as Error);
        throw error;
      }
    }
    if (!parsed.ok) {
      this.stats.record(type, parsed.reason);
      await this.deadLetters.park(context, parsed.reason, parsed.error, 0);
      return;
    }
    const event = parsed.event;
    let failures = 0;
    let lastError = '';
    let outage: PartitionHold | undefined;
    try {
      for (;;) {
        try {
          const outcome = await this.unitOfWork.consume(event, consumer, (tx) => work(event, tx));
          if (outage)
            this.logger.log(
              `[${event.correlationId}] ${type} ${event.id} applied after ${outage.retries} retries through an outage`,
            );
          this.stats.record(type, outcome);
          return;
        } catch (error) {
          if (classifyFailure(error) === 'transient') {
            outage ??= this.holdThroughOutage(context, event.id, type, error);
            this.stats.record(type, 'held');
            await outage.waitAfter(failureLabel(error), context.getHeartbeat());
            continue;
          }
          failures++;
          lastError = (error as Error).message;
          this.logger.warn(
            `[${event.correlationId}] ${type} ${event.id} attempt ${failures}/${this.maxAttempts} failed: ${lastError}`,
          );
          if (failures >= this.maxAttempts) break;
          this.stats.record(type, 'retried');
          await sleep(this.backoffMs * 4 ** (failures - 1));
          await context.getHeartbeat()();
        }
      }
    } finally {
      outage?.release();
    }
    this.stats.record(type, 'dead-lettered');
    await this.deadLetters.park(context, 'handler-failed', lastError, this.maxAttempts);
  }

  /**
   * The infrastructure failed, not this event: the partition waits on this message, uncommitted, retrying until it
   * applies (see HeldPartitions). Its bounded attempts are not spent, and it is not dead-lettered.
   */
  private holdThroughOutage(context: KafkaContext, eventId: string, type: EventType, error: unknown): PartitionHold {
    this.logger.warn(
      `${type} ${eventId} on ${context.getTopic()}[${context.getPartition()}] hit an infrastructure failure (${failureLabel(error)}: ${(error as Error).message}); holding the partition and retrying until it heals`,
    );
    return heldPartitions.hold(this.outageBackoff);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
