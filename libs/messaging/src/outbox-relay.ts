import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Kafka, logLevel, Message, Partitioners, Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { DrainLoop } from './drain-loop';
import { kafkaLogCreator } from './kafka-logger';
import { outboxChannel } from './messaging-tables';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { countProduced } from './messaging.metrics';

const BATCH_SIZE = 500;
const POLL_INTERVAL_MS = 1000;
const NOTIFY_EVERY_MS = 10;

interface OutboxRow {
  seq: string;
  event_type: string;
  topic: string;
  message_key: string;
  /** The event as JSON text: read as text so it is not parsed and serialised again on its way to the broker. */
  payload: string;
}

/**
 * Publishes committed outbox rows in insertion order with an idempotent producer, then marks them sent. Writers
 * of one aggregate are serialised by its row lock, so per key that is commit order. Woken after each commit
 * (other replicas send a NOTIFY), with a poll as a fallback. Only the replica holding the schema's advisory lock
 * publishes, so order per key holds with several replicas. A crash between publish and mark republishes, and
 * consumers drop the duplicate through their inbox.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly producer: Producer;
  private listener?: Client;
  private leader = false;
  private readonly loop = new DrainLoop(
    () => this.drain(),
    (error) => this.logger.warn(`outbox relay paused: ${error.message}`),
  );
  private notifyPending = false;
  private poll?: NodeJS.Timeout;
  private connected?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    const kafka = new Kafka({
      clientId: `${options.service}-relay`,
      brokers: options.brokers,
      ...options.kafkaSecurity,
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator,
    });
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  /** The broker is not needed to start: a service started during an outage publishes once the broker is back. */
  onApplicationBootstrap(): void {
    this.poll = setInterval(() => this.wake(), POLL_INTERVAL_MS);
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.poll);
    await this.loop.stop();
    await this.producer.disconnect();
    await this.listener?.end().catch(() => undefined);
  }

  /**
   * Called after a transaction that wrote outbox rows commits. The leader drains at once; another replica tells
   * the leader over NOTIFY, at most once per NOTIFY_EVERY_MS and outside any write transaction (a NOTIFY inside
   * one holds a global lock through commit and serialises every writer).
   */
  committed(): void {
    this.wake();
    if (this.leader || this.notifyPending) return;
    this.notifyPending = true;
    setTimeout(() => {
      this.notifyPending = false;
      this.dataSource
        .query('SELECT pg_notify($1, $2)', [outboxChannel(this.options.schema), ''])
        .catch((error: Error) => this.logger.warn(`could not wake the outbox leader: ${error.message}`));
    }, NOTIFY_EVERY_MS).unref();
  }

  /** Asks for a drain (see DrainLoop). */
  wake(): void {
    this.loop.wake();
  }

  private async drain(): Promise<void> {
    if (!(await this.holdLeadership())) return;
    // Connected on first use; a failed connect is logged and tried again at the next wake.
    this.connected ??= this.producer.connect().catch((error: Error) => {
      this.connected = undefined;
      throw error;
    });
    await this.connected;
    for (;;) {
      const rows: OutboxRow[] = await this.dataSource.query(
        `SELECT seq, event_type, topic, message_key, payload::text AS payload FROM "${this.options.schema}".outbox
         WHERE sent_at IS NULL ORDER BY seq LIMIT $1`,
        [BATCH_SIZE],
      );
      if (rows.length === 0 || this.loop.stopped) return;
      await this.producer.sendBatch({ topicMessages: groupByTopic(rows), acks: -1 });
      await this.dataSource.query(
        `UPDATE "${this.options.schema}".outbox SET sent_at = now() WHERE seq = ANY($1::bigint[])`,
        [rows.map((row) => row.seq)],
      );
      countProduced(rows.map((row) => row.event_type));
      if (rows.length < BATCH_SIZE) return;
    }
  }

  /** Connects the listening session and takes the schema's relay lock on it; the lock dies with the session. */
  private async holdLeadership(): Promise<boolean> {
    if (!this.listener) {
      const listener = new Client(pgClientConfig(this.dataSource));
      listener.on('error', (error) => this.dropListener(listener, error));
      listener.on('end', () => this.dropListener(listener));
      listener.on('notification', () => this.wake());
      await listener.connect();
      await listener.query(`LISTEN "${outboxChannel(this.options.schema)}"`);
      this.listener = listener;
    }
    if (!this.leader) {
      const [{ locked }] = (
        await this.listener.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`outbox:${this.options.schema}`])
      ).rows;
      this.leader = locked === true;
      if (this.leader) this.logger.log(`publishing the ${this.options.schema} outbox`);
    }
    return this.leader;
  }

  private dropListener(listener: Client, error?: Error): void {
    if (this.listener !== listener) return;
    if (error && !this.loop.stopped) this.logger.warn(`outbox listener lost: ${error.message}`);
    this.listener = undefined;
    this.leader = false;
  }
}

function groupByTopic(rows: OutboxRow[]): { topic: string; messages: Message[] }[] {
  const byTopic = new Map<string, Message[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({ key: row.message_key, value: row.payload });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}

function pgClientConfig(dataSource: DataSource) {
  const { url, host, port, username, password, database } = dataSource.options as PostgresDataSourceOptions;
  return url ? { connectionString: url } : { host, port, user: username, password: password as string, database };
}
