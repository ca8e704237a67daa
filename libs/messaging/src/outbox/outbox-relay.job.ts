import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { DrainLoop } from './drain-loop';
import { kafkaLogCreator } from '../kafka-logger';
import { outboxChannel } from '../messaging-tables';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import { countProduced, eventsParked } from '../messaging.metrics';
import {
  BATCH_OVERHEAD_BYTES,
  DEFAULT_MAX_BATCH_BYTES,
  groupByTopic,
  OutboxRow,
  publishInHalves,
  RECORD_OVERHEAD_BYTES,
} from './outbox-batches';

const BATCH_SIZE = 500;
const POLL_INTERVAL_MS = 1000;
const NOTIFY_EVERY_MS = 10;
/** How long published rows may wait to be marked sent by the next batch's query before a drain of their own. */
const MARK_WITHIN_MS = 100;

/**
 * Publishes committed outbox rows in insertion order with an idempotent producer, then marks them sent. Writers
 * of one aggregate are serialised by its row lock, so per key that is commit order. Woken after each commit
 * (other replicas send a NOTIFY), with a poll as a fallback. Only the replica holding the schema's advisory lock
 * publishes, so order per key holds with several replicas. A crash between publish and mark republishes, and
 * consumers drop the duplicate through their inbox. A produce request carries at most `maxBatchBytes` of events, so a
 * backlog of large events never exceeds the broker's limits; an event the broker refuses as too large even alone is
 * parked (marked sent without being published, logged and counted) so that it does not hold up the rest.
 * Published rows are marked sent (with the time they were published) by the statement that fetches the next batch, so
 * a relay under load makes one round trip per batch, not two; a drain marks them by itself within MARK_WITHIN_MS.
 */
@Injectable()
export class OutboxRelayJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelayJob.name);
  private readonly producer: Producer;
  private listener?: Client;
  private leader = false;
  private readonly loop = new DrainLoop(
    () => this.drain(),
    (error, failures) =>
      this.logger.warn(
        `outbox relay paused (${failures} failed drain(s) in a row), retrying at each poll: ${error.message}`,
      ),
    (failures) => this.logger.log(`outbox relay publishing again after ${failures} failed drain(s)`),
  );
  private notifyPending = false;
  private poll?: NodeJS.Timeout;
  private connected?: Promise<void>;
  private readonly maxBatchBytes: number;
  /** Published rows not yet marked sent, with when they were published. */
  private published: { seq: string; at: string }[] = [];
  private markTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
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
    clearTimeout(this.markTimer);
    await this.loop.stop();
    // A clean stop leaves nothing to publish again; after a crash consumers drop the repeats through their inbox.
    await this.markPublished().catch((error: Error) =>
      this.logger.warn(`published events left unmarked, published again at the next start: ${error.message}`),
    );
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
      const { rows, more } = await this.nextBatch();
      if (rows.length === 0 || this.loop.stopped) return;
      const parked = await publishInHalves(
        rows,
        (part) => this.producer.sendBatch({ topicMessages: groupByTopic(part), acks: -1 }).then(() => undefined),
        (refused) =>
          this.logger.warn(
            `the broker refused ${refused} events in one request as too large; sending them in halves (is OUTBOX_MAX_BATCH_BYTES above its message.max.bytes?)`,
          ),
      );
      const at = new Date().toISOString();
      this.published.push(...rows.map((row) => ({ seq: row.seq, at })));
      parked.forEach((row) => this.reportParked(row));
      countProduced(rows.filter((row) => !parked.includes(row)).map((row) => row.event_type));
      if (!more) return this.markSoon();
    }
  }

  /** Unless another batch's query marks them first, a drain marks the published rows within MARK_WITHIN_MS. */
  private markSoon(): void {
    if (this.markTimer) return;
    this.markTimer = setTimeout(() => {
      this.markTimer = undefined;
      if (this.published.length > 0) this.wake();
    }, MARK_WITHIN_MS).unref();
  }

  private async markPublished(): Promise<void> {
    const marking = this.published;
    if (marking.length === 0) return;
    await this.dataSource.query(markSent(this.options.schema, '$1', '$2'), [
      marking.map((row) => row.seq),
      marking.map((row) => row.at),
    ]);
    this.published = this.published.slice(marking.length);
  }

  /**
   * The oldest unsent rows, at most BATCH_SIZE of them and `maxBatchBytes` in all (the first row always, however
   * large, so that the broker decides about it); `more` when unsent rows were left out. Sizes come from the rows'
   * stored lengths, so rows left out are not read. The same statement marks the rows published since the last one.
   */
  private async nextBatch(): Promise<{ rows: OutboxRow[]; more: boolean }> {
    const marking = this.published;
    // The update's rows are not visible to the select in the same statement: the published ones are left out by seq.
    const rows: (OutboxRow & { fetched: string })[] = await this.dataSource.query(
      `WITH marked AS (${markSent(this.options.schema, '$4', '$5')})
       SELECT seq, event_id, event_type, topic, message_key, payload::text AS payload, bytes, fetched
       FROM (SELECT *, sum(bytes) OVER (ORDER BY seq) AS upto, row_number() OVER (ORDER BY seq) AS position, count(*) OVER () AS fetched
             FROM (SELECT seq, event_id, event_type, topic, message_key, payload,
                          octet_length(payload::text) + octet_length(message_key) + $3 AS bytes
                   FROM "${this.options.schema}".outbox WHERE sent_at IS NULL AND seq <> ALL($4::bigint[])
                   ORDER BY seq LIMIT $1) unsent) sized
       WHERE upto <= $2 OR position = 1
       ORDER BY seq`,
      [
        BATCH_SIZE,
        this.maxBatchBytes - BATCH_OVERHEAD_BYTES,
        RECORD_OVERHEAD_BYTES,
        marking.map((row) => row.seq),
        marking.map((row) => row.at),
      ],
    );
    this.published = this.published.slice(marking.length);
    const fetched = Number(rows[0]?.fetched ?? 0);
    return { rows, more: fetched === BATCH_SIZE || rows.length < fetched };
  }

  /** No payload in the log: it is the customer's complaint. The row stays in the outbox for an operator to look at. */
  private reportParked(row: OutboxRow): void {
    eventsParked.inc({ type: row.event_type, reason: 'too-large' });
    this.logger.error(
      `outbox event ${row.event_id} (${row.event_type}, seq ${row.seq}, about ${row.bytes} bytes) to ${row.topic} is larger than the broker accepts (MESSAGE_TOO_LARGE): parked, marked sent without being published`,
    );
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
        await this.listener.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [
          `outbox:${this.options.schema}`,
        ])
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

/** Marks published rows sent at the time each was published (`seqs` and `ats`: the parameters holding them). */
function markSent(schema: string, seqs: string, ats: string): string {
  return `UPDATE "${schema}".outbox o SET sent_at = p.at
          FROM unnest(${seqs}::bigint[], ${ats}::timestamptz[]) AS p(seq, at) WHERE o.seq = p.seq`;
}

/** The pool's connection settings, its timeouts included, for the relay's own listening session. */
function pgClientConfig(dataSource: DataSource) {
  const { url, host, port, username, password, database, extra } = dataSource.options as PostgresDataSourceOptions;
  const { Client: _client, ...settings } = (extra ?? {}) as Record<string, unknown>;
  return {
    ...settings,
    ...(url ? { connectionString: url } : { host, port, user: username, password: password as string, database }),
  };
}
