import { Inject, Injectable, Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { deadLetterTopic } from '@redress/contracts';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';

/** Header names a dead letter carries; the replay tool reads the same ones. */
export const DeadLetterHeader = {
  OriginalTopic: 'x-original-topic',
  OriginalPartition: 'x-original-partition',
  OriginalOffset: 'x-original-offset',
  Error: 'x-error',
  Reason: 'x-reason',
  Attempts: 'x-attempts',
  FailedAt: 'x-failed-at',
} as const;

/**
 * Parks a message the service cannot process on `dlq.<service>`, key and value untouched, with headers
 * saying where it came from and why. It throws if the broker does not take it, so the offset is not
 * committed and the message is not lost.
 */
@Injectable()
export class DeadLetters {
  private readonly logger = new Logger(DeadLetters.name);

  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {}

  async park(context: KafkaContext, reason: string, error: string, attempts: number): Promise<void> {
    const message = context.getMessage();
    const topic = deadLetterTopic(this.options.service);
    await context.getProducer().send({
      topic,
      acks: -1,
      messages: [
        {
          key: toWire(message.key),
          value: toWire(message.value),
          headers: {
            ...Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, toWire(value)])),
            [DeadLetterHeader.OriginalTopic]: context.getTopic(),
            [DeadLetterHeader.OriginalPartition]: String(context.getPartition()),
            [DeadLetterHeader.OriginalOffset]: message.offset,
            [DeadLetterHeader.Error]: error.slice(0, 2000),
            [DeadLetterHeader.Reason]: reason,
            [DeadLetterHeader.Attempts]: String(attempts),
            [DeadLetterHeader.FailedAt]: new Date().toISOString(),
          },
        },
      ],
    });
    this.logger.warn(
      `dead-lettered ${context.getTopic()}[${context.getPartition()}]@${message.offset} to ${topic} (${reason}): ${error}`,
    );
  }
}

/** Nest's parser may have decoded keys and headers into strings or objects; put back what was on the wire. */
function toWire(value: unknown): Buffer | string | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value) || typeof value === 'string') return value;
  return JSON.stringify(value);
}
