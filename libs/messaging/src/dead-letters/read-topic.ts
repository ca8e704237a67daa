import { Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';

export interface TopicMessage {
  partition: number;
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/**
 * Everything on `topic` up to its end at the time of the call, in partition and offset order. It reads with a
 * throwaway consumer group that commits nothing (kafkajs cannot assign partitions without a group).
 */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  groupPrefix: string,
  timeoutMs = 30_000,
): Promise<TopicMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const pending = new Map(
    ends.filter(({ low, high }) => BigInt(high) > BigInt(low)).map(({ partition, high }) => [partition, BigInt(high)]),
  );
  if (pending.size === 0) return [];

  const messages: TopicMessage[] = [];
  const consumer = kafka.consumer({
    groupId: `${groupPrefix}-${randomUUID()}`,
    maxWaitTimeInMs: 50,
    sessionTimeout: 6000,
    heartbeatInterval: 2000,
  });
  await consumer.connect();
  let timer: NodeJS.Timeout | undefined;
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`reading ${topic} to its end took more than ${timeoutMs} ms`)),
        timeoutMs,
      );
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const end = pending.get(partition);
            if (end === undefined || BigInt(message.offset) >= end) return;
            messages.push({
              partition,
              offset: message.offset,
              timestamp: message.timestamp,
              key: message.key,
              value: message.value,
              headers: Object.fromEntries(
                Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
              ),
            });
            if (BigInt(message.offset) + 1n < end) return;
            pending.delete(partition);
            if (pending.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
  return messages.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}
