import { KafkaOptions, ServerKafka } from '@nestjs/microservices';
import { Consumer, EachBatchPayload, EachMessagePayload, KafkaMessage } from 'kafkajs';
import { BatchFallback, ConsumedBatch } from './consumed-batch';
import { reviveAfterFatalCrash } from './consumer-revival';
import { heldPartitions } from './held-partitions';
import { recordLag } from '../messaging.metrics';

/** Most messages applied in one transaction: bounds how long a batch holds its locks and its connection. */
const MAX_BATCH = 100;

/** Routes remembered at most; a service subscribes to a few dozen topics. */
const MAX_ROUTES = 1000;

/**
 * Nest's Kafka server, consuming a partition's fetched messages in batches: consecutive messages are applied in
 * one database transaction (see ConsumedBatch). If anything in a batch goes wrong, the batch rolls back and its
 * messages go one by one through the ordinary path, with its retries and dead letters, so a batch changes how
 * often the service commits, never what it does. Offsets are resolved only for applied messages.
 */
export class BatchingKafkaServer extends ServerKafka {
  private closing = false;
  /** Each topic's route, worked out once: Nest's own way JSON.parses the topic name and throws, twice per message. */
  private readonly routes = new Map<string, string>();

  constructor(options: Required<KafkaOptions>['options']) {
    super(options);
  }

  override async bindEvents(consumer: Consumer): Promise<void> {
    heldPartitions.resume();
    const topics = [...this.messageHandlers.keys()];
    if (topics.length > 0) await consumer.subscribe({ ...this.options.subscribe, topics });
    const run = () =>
      consumer.run({
        ...this.options.run,
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.handleBatch(payload),
      });
    reviveAfterFatalCrash(consumer, {
      run,
      wanted: () => !this.closing,
      log: (message) => this.logger.warn?.(message),
    });
    await run();
  }

  /** Nest's answer for a pattern, remembered: the patterns are the subscribed topics' names, a short fixed list. */
  protected override getRouteFromPattern(pattern: string): string {
    let route = this.routes.get(pattern);
    if (route === undefined) {
      route = super.getRouteFromPattern(pattern);
      if (this.routes.size < MAX_ROUTES) this.routes.set(pattern, route);
    }
    return route;
  }

  override async close(): Promise<void> {
    this.closing = true;
    // A partition held through an outage would keep kafkajs' disconnect waiting as long as the outage lasts.
    heldPartitions.stop();
    await super.close();
  }

  // kafkajs passes these as closures, though its types declare them as methods: no `this` to lose.
  /* eslint-disable @typescript-eslint/unbound-method */
  private async handleBatch({
    batch,
    resolveOffset,
    heartbeat,
    pause,
    isRunning,
    isStale,
  }: EachBatchPayload): Promise<void> {
    /* eslint-enable @typescript-eslint/unbound-method */
    const single = (message: KafkaMessage): EachMessagePayload => ({
      topic: batch.topic,
      partition: batch.partition,
      message,
      heartbeat,
      pause,
    });
    for (let start = 0; start < batch.messages.length; start += MAX_BATCH) {
      const messages = batch.messages.slice(start, start + MAX_BATCH);
      const last = messages[messages.length - 1].offset;
      if (messages.length > 1 && (await this.applyTogether(messages.map(single)))) {
        resolveOffset(last);
      } else {
        for (const message of messages) {
          if (!isRunning() || isStale()) return;
          await this.handleMessage(single(message));
          resolveOffset(message.offset);
        }
      }
      recordLag(batch.topic, batch.partition, batch.highWatermark, last);
      await heartbeat();
      if (!isRunning() || isStale()) return;
    }
  }

  /** Applies the messages in one transaction; false (with nothing applied) if they must go one by one. */
  private async applyTogether(messages: EachMessagePayload[]): Promise<boolean> {
    const batch = new ConsumedBatch(
      messages.map(({ message }) => eventIdOf(message.value)).filter((id) => id !== undefined),
    );
    try {
      await batch.run(async () => {
        for (const message of messages) await this.handleMessage(message);
      });
      await batch.commit();
      return true;
    } catch (error) {
      await batch.rollback();
      if (!(error instanceof BatchFallback)) {
        this.logger.warn?.(
          `batch of ${messages.length} from ${messages[0].topic}[${messages[0].partition}] rolled back, applying one by one: ${(error as Error).message}`,
        );
      }
      return false;
    }
  }
}

function eventIdOf(value: Buffer | null): string | undefined {
  try {
    const id = JSON.parse(value?.toString('utf8') ?? 'null')?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
