import { Inject, Injectable, Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { EventEnvelope, EventType, eventTypeOfTopic, parseEvent, ParseResult } from '@redress/contracts';
import { BatchFallback, ConsumedBatch } from './consumed-batch';
import { ConsumerStats } from './consumer-stats';
import { Correlation } from './correlation';
import { DeadLetters } from './dead-letters';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { Transaction } from './transaction';
import { UnitOfWork } from './unit-of-work';

export type EventWork<T extends EventType> = (event: EventEnvelope<T>, tx: Transaction) => Promise<void>;

/**
 * The path every consumed message takes: parse and validate against the contract, apply once through the
 * inbox, retry a failing handler a bounded number of times, then dead-letter it. It returns normally in
 * every case but a broker that refuses the dead letter, so a poison message never holds up its partition.
 * Inside a consumed batch it only applies the event in the batch's transaction and throws on anything else.
 */
@Injectable()
export class InboundEvents {
  private readonly logger = new Logger(InboundEvents.name);
  private readonly maxAttempts: number;
  private readonly backoffMs: number;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly deadLetters: DeadLetters,
    private readonly stats: ConsumerStats,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? 4;
    this.backoffMs = options.retryBackoffMs ?? 200;
  }

  /** Like `process`, for a handler of several event types: the type is the one the message's topic carries. */
  processByTopic(context: KafkaContext, work: EventWork<EventType>): Promise<void> {
    const type = eventTypeOfTopic(context.getTopic());
    if (!type) throw new Error(`${context.getTopic()} is not an event topic`);
    return this.process(context, type, work);
  }

  /** `consumer` names the effect in the inbox; give two handlers of one event type different names. */
  async process<T extends EventType>(context: KafkaContext, type: T, work: EventWork<T>, consumer: string = type): Promise<void> {
    const parsed = parseEvent(context.getMessage().value as Buffer | string | null, type);
    // Every line logged while the message is handled names its complaint or root cause (see Correlation).
    return Correlation.run(parsed.ok ? parsed.event.correlationId : undefined, () => this.handle(context, type, parsed, work, consumer));
  }

  private async handle<T extends EventType>(context: KafkaContext, type: T, parsed: ParseResult<T>, work: EventWork<T>, consumer: string): Promise<void> {
    const batch = ConsumedBatch.current();
    if (batch) {
      try {
        // Rejections, retries and dead letters take the one-message path below, where they are counted once.
        if (!parsed.ok) throw new BatchFallback(`${type} ${parsed.reason}`);
        const outcome = await this.unitOfWork.consumeInBatch(batch, parsed.event, consumer, (tx) => work(parsed.event, tx));
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
    let lastError = '';
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        const outcome = await this.unitOfWork.consume(event, consumer, (tx) => work(event, tx));
        this.stats.record(type, outcome);
        return;
      } catch (error) {
        lastError = (error as Error).message;
        this.logger.warn(`[${event.correlationId}] ${type} ${event.id} attempt ${attempt}/${this.maxAttempts} failed: ${lastError}`);
        if (attempt < this.maxAttempts) {
          this.stats.record(type, 'retried');
          await sleep(this.backoffMs * 4 ** (attempt - 1));
          await context.getHeartbeat()();
        }
      }
    }
    this.stats.record(type, 'dead-lettered');
    await this.deadLetters.park(context, 'handler-failed', lastError, this.maxAttempts);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
