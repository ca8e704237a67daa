import { readKafkaSecurity } from '@redress/platform';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { percentile } from './percentile';

export interface HopFloor {
  /** Produce -> consumed -> email accepted by the SMTP server, ms, ascending, after the warm-up. */
  latencies: number[];
  p50: number;
  p99: number;
  /** Messages sent whose email did not go within the drain. */
  missing: number;
}

export interface HopFloorOptions {
  brokers: string;
  createTopic(name: string): Promise<void>;
  smtpUrl: string;
  rate: number;
  warmUpSeconds: number;
  seconds: number;
}

const DRAIN_MS = 15_000;

/**
 * The least an acknowledgement can take on this broker and mail sink: one kafkajs produce-to-consume hop with the
 * services' consumer settings (libs/platform's kafkaServerOptions), then one email through a pooled nodemailer
 * transport configured as the notifier's, at the same rate as the benchmark. Redress does more than this (a database
 * commit and a relay on each side of the hop), so its latency is a multiple of the floor; the multiple is what compares
 * across machines.
 */
export async function measureHopFloor(options: HopFloorOptions): Promise<HopFloor> {
  const topic = `bench.floor.hop.${randomUUID().slice(0, 8)}`;
  await options.createTopic(topic);
  const kafka = new Kafka({
    clientId: 'bench-floor',
    brokers: options.brokers.split(','),
    ...readKafkaSecurity(),
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({
    groupId: `bench-floor-${randomUUID()}`,
    sessionTimeout: 6000,
    heartbeatInterval: 2000,
    maxWaitTimeInMs: 50,
    minBytes: 1,
    allowAutoTopicCreation: false,
  });
  const url = new URL(options.smtpUrl);
  const mail = createTransport({
    pool: true,
    maxConnections: 4,
    maxMessages: 1000,
    host: url.hostname,
    port: Number(url.port),
    secure: false,
  });
  const sentAt = new Map<string, number>();
  const deliveredAt = new Map<string, number>();
  try {
    await Promise.all([producer.connect(), consumer.connect()]);
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: 3,
      eachMessage: async ({ message }) => {
        const id = message.key?.toString('utf8') ?? '';
        await mail.sendMail({
          from: 'floor@redress.test',
          to: 'customer@example.com',
          subject: `Floor ${id}`,
          text: message.value?.toString('utf8') ?? '',
        });
        deliveredAt.set(id, performance.now());
      },
    });
    const warmUpCount = options.rate * options.warmUpSeconds;
    const total = warmUpCount + options.rate * options.seconds;
    const measured: string[] = [];
    const started = performance.now();
    const sends: Promise<unknown>[] = [];
    for (let index = 0; index < total; index++) {
      const wait = started + (index * 1000) / options.rate - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const id = randomUUID();
      sentAt.set(id, performance.now());
      if (index >= warmUpCount) measured.push(id);
      // About the size of a complaint's event.
      sends.push(
        producer.send({ topic, messages: [{ key: id, value: JSON.stringify({ id, text: 'x'.repeat(1500) }) }] }),
      );
    }
    await Promise.all(sends);
    const deadline = Date.now() + DRAIN_MS;
    while (Date.now() < deadline && measured.some((id) => !deliveredAt.has(id)))
      await new Promise((resolve) => setTimeout(resolve, 100));
    const latencies = measured
      .filter((id) => deliveredAt.has(id))
      .map((id) => (deliveredAt.get(id) as number) - (sentAt.get(id) as number))
      .sort((a, b) => a - b);
    return {
      latencies,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      missing: measured.length - latencies.length,
    };
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    mail.close();
  }
}
