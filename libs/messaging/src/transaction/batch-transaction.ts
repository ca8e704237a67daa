import { EventEnvelope } from '@redress/contracts';
import { QueryRunner } from 'typeorm';
import { BatchSession } from '../consumer/consumed-batch';
import { appendToOutbox, outboxInsert } from '../outbox/outbox';
import { CommitWrites } from './commit-writes';
import { Transaction } from './transaction';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The database side of a consumed batch: one transaction on one connection, the inbox read once up front and
 * written once at commit, the outgoing events of every message written once at commit. The inbox insert has no
 * ON CONFLICT: if another consumer applied one of these events meanwhile, the commit fails and the batch is
 * applied again message by message, where the inbox drops it.
 */
export class BatchTransaction implements BatchSession {
  private readonly applied = new Set<string>();
  private readonly inboxRows: { eventId: string; consumer: string; type: string }[] = [];
  private readonly emitted: EventEnvelope[] = [];
  readonly commitWrites = new CommitWrites();
  private released = false;

  private constructor(
    private readonly runner: QueryRunner,
    private readonly schema: string,
    private readonly onCommitted: (emitted: number) => void,
  ) {}

  static async open(
    runner: QueryRunner,
    schema: string,
    eventIds: string[],
    onCommitted: (emitted: number) => void,
  ): Promise<BatchTransaction> {
    const batch = new BatchTransaction(runner, schema, onCommitted);
    try {
      await runner.connect();
      await runner.startTransaction();
      const rows: { event_id: string; consumer: string }[] = await runner.query(
        `SELECT event_id, consumer FROM "${schema}".inbox WHERE event_id = ANY($1::uuid[])`,
        [eventIds.filter((id) => UUID.test(id))],
      );
      rows.forEach((row) => batch.applied.add(inboxKey(row.event_id, row.consumer)));
      return batch;
    } catch (error) {
      await batch.rollback();
      throw error;
    }
  }

  get manager() {
    return this.runner.manager;
  }

  hasApplied(event: EventEnvelope, consumer: string): boolean {
    return this.applied.has(inboxKey(event.id, consumer));
  }

  record(event: EventEnvelope, consumer: string, tx: Transaction): void {
    this.applied.add(inboxKey(event.id, consumer));
    this.inboxRows.push({ eventId: event.id, consumer, type: event.type });
    this.emitted.push(...tx.emitted);
  }

  async commit(): Promise<void> {
    try {
      await this.commitWrites.flush(this.manager);
      await this.writeInboxAndOutbox();
      await this.runner.commitTransaction();
    } catch (error) {
      await this.rollback();
      throw error;
    }
    await this.release();
    this.onCommitted(this.emitted.length);
  }

  /**
   * The batch's inbox rows and outgoing events in one statement when it has both (one round trip fewer per batch: at
   * a steady rate most batches hold a message or two, so this is a share of every consumed event's cost).
   */
  private async writeInboxAndOutbox(): Promise<void> {
    if (this.inboxRows.length === 0) return appendToOutbox(this.manager, this.schema, this.emitted);
    const inbox = `INSERT INTO "${this.schema}".inbox (event_id, consumer, event_type)
      SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`;
    const params = [
      this.inboxRows.map((row) => row.eventId),
      this.inboxRows.map((row) => row.consumer),
      this.inboxRows.map((row) => row.type),
    ];
    if (this.emitted.length === 0) {
      await this.runner.query(inbox, params);
      return;
    }
    const outbox = outboxInsert(this.schema, this.emitted, { firstParam: params.length + 1 });
    await this.runner.query(`WITH inbox AS (${inbox}) ${outbox.sql}`, [...params, ...outbox.params]);
  }

  async rollback(): Promise<void> {
    if (this.released) return;
    if (this.runner.isTransactionActive) await this.runner.rollbackTransaction().catch(() => undefined);
    await this.release();
  }

  private async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    await this.runner.release();
  }
}

function inboxKey(eventId: string, consumer: string): string {
  return `${eventId}|${consumer}`;
}
