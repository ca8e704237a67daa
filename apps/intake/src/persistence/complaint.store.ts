import { Injectable } from '@nestjs/common';
import { ComplaintReceivedData, EventEnvelope, EventType } from '@redress/contracts';
import { OutboxRelayJob, outboxInsert } from '@redress/messaging';
import { DataSource } from 'typeorm';
import { statusRank } from '../domain/complaint-status';
import { describeEvent } from '../domain/timeline-entry';
import { INTAKE_SCHEMA } from './intake.schema';

export interface IdempotencyClaim {
  key: string;
  fingerprint: string;
}

export interface EarlierAnswer {
  fingerprint: string;
  response: unknown;
}

/** Most complaints one statement writes. */
const MAX_BATCH = 100;
/** Statements in flight at once, each on its own pooled connection. */
const MAX_IN_FLIGHT = 2;

interface Acceptance {
  clientSystemId: string;
  /** The complaint as filed, with the customer's identity, for intake's own row. */
  filed: ComplaintReceivedData;
  /** What goes on the topic: without the identity. */
  event: EventEnvelope<typeof EventType.ComplaintReceived>;
  receipt: unknown;
  claim?: IdempotencyClaim;
  settle: (written: boolean) => void;
  fail: (error: Error) => void;
}

/**
 * Writes accepted complaints. This is the hot path, so the key claim, the complaint, its first timeline entry and
 * its outbox event are one statement (atomic without BEGIN/COMMIT), and the complaints that arrive while a statement
 * is under way are written together by the next one: under load one round trip serves dozens of requests, while a
 * lone request still goes at once. When an Idempotency-Key is already taken nothing is written for it (a concurrent
 * request with the same key waits for the first to commit). If a shared statement fails, each of its complaints is
 * written alone, so one cannot fail the others.
 */
@Injectable()
export class ComplaintStore {
  private readonly waiting: Acceptance[] = [];
  private inFlight = 0;
  private flushScheduled = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelayJob,
  ) {}

  /** Resolves false when the claim's key was already used by this client system. */
  accept(
    clientSystemId: string,
    event: EventEnvelope<typeof EventType.ComplaintReceived>,
    receipt: unknown,
    claim?: IdempotencyClaim,
    /** The complaint as filed, when the event leaves some of it out (the customer's identity). */
    filed: ComplaintReceivedData = event.data,
  ): Promise<boolean> {
    return new Promise((settle, fail) => {
      this.waiting.push({ clientSystemId, filed, event, receipt, claim, settle, fail });
      this.scheduleFlush();
    });
  }

  /** On the next turn of the event loop, so requests parsed in this one join the same statement. */
  private scheduleFlush(): void {
    if (this.flushScheduled || this.inFlight >= MAX_IN_FLIGHT || this.waiting.length === 0) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.takeBatch();
    if (batch.length === 0) return;
    this.inFlight++;
    try {
      const shared = batch.length > 1 ? await this.write(batch).catch(() => undefined) : undefined;
      for (const acceptance of batch) {
        // Alone when there was nothing to share, or when the shared statement failed.
        const written =
          shared ??
          (await this.write([acceptance]).catch((error: Error) => {
            acceptance.fail(error);
            return undefined;
          }));
        if (written) acceptance.settle(written.has(acceptance.event.id));
      }
    } finally {
      this.inFlight--;
      this.scheduleFlush();
    }
  }

  /** The oldest waiting complaints, at most one per Idempotency-Key (a second one waits for the next statement). */
  private takeBatch(): Acceptance[] {
    const batch: Acceptance[] = [];
    const keys = new Set<string>();
    for (let index = 0; index < this.waiting.length && batch.length < MAX_BATCH;) {
      const acceptance = this.waiting[index];
      const key = acceptance.claim ? `${acceptance.clientSystemId}\u0000${acceptance.claim.key}` : undefined;
      if (key && keys.has(key)) {
        index++;
        continue;
      }
      if (key) keys.add(key);
      batch.push(acceptance);
      this.waiting.splice(index, 1);
    }
    return batch;
  }

  /** Writes what it can of `batch` in one statement; returns the ids of the events written. */
  private async write(batch: Acceptance[]): Promise<Set<string>> {
    const rows = batch.map(({ clientSystemId, filed, event, receipt, claim }) => {
      const data = filed;
      const entry = describeEvent(event);
      return {
        client_system_id: clientSystemId,
        key: claim?.key ?? null,
        fingerprint: claim?.fingerprint ?? null,
        receipt,
        complaint_id: data.complaintId,
        external_ref: data.externalRef ?? null,
        customer: data.customer,
        touchpoint: data.touchpoint,
        order: data.order ?? null,
        complaint_text: data.text,
        dissatisfaction: data.dissatisfaction,
        remedy: data.remedy ?? null,
        callback_url: data.callbackUrl ?? null,
        received_at: data.receivedAt,
        event_id: event.id,
        event_type: event.type,
        occurred_at: event.occurredAt,
        summary: entry.summary,
        details: entry.details,
      };
    });
    const outbox = outboxInsert(
      INTAKE_SCHEMA,
      batch.map((acceptance) => acceptance.event),
      { firstParam: 3, onlyIf: 'row.id IN (SELECT event_id FROM proceed)' },
    );
    // The statement is an INSERT, so TypeORM answers with its rows.
    const written: { event_id: string }[] = await this.dataSource.query(
      `WITH input AS (
         SELECT * FROM json_to_recordset($1::json) AS input(client_system_id uuid, key text, fingerprint text, receipt jsonb,
           complaint_id uuid, external_ref text, customer jsonb, touchpoint text, "order" jsonb, complaint_text text,
           dissatisfaction text, remedy jsonb, callback_url text, received_at timestamptz, event_id uuid, event_type text,
           occurred_at timestamptz, summary text, details jsonb)
       ), claim AS (
         INSERT INTO intake.idempotency_keys (client_system_id, key, request_hash, response)
         SELECT client_system_id, key, fingerprint, receipt FROM input WHERE key IS NOT NULL ORDER BY client_system_id, key
         ON CONFLICT DO NOTHING RETURNING client_system_id, key
       ), proceed AS (
         SELECT * FROM input WHERE key IS NULL OR (client_system_id, key) IN (SELECT client_system_id, key FROM claim)
       ), complaint AS (
         INSERT INTO intake.complaints (id, client_system_id, external_ref, customer, touchpoint, "order", text,
           dissatisfaction, remedy, callback_url, received_at, status, status_rank)
         SELECT complaint_id, client_system_id, external_ref, customer, touchpoint, "order", complaint_text,
           dissatisfaction, remedy, callback_url, received_at, 'received', $2::smallint FROM proceed
       ), timeline AS (
         INSERT INTO intake.complaint_events (event_id, complaint_id, type, occurred_at, summary, details)
         SELECT event_id, complaint_id, event_type, occurred_at, summary, details FROM proceed
       )
       ${outbox.sql}
       RETURNING event_id`,
      [JSON.stringify(rows), statusRank('received'), ...outbox.params],
    );
    if (written.length > 0) this.relay.committed();
    return new Set(written.map((row) => row.event_id));
  }

  async earlierAnswer(clientSystemId: string, key: string): Promise<EarlierAnswer> {
    const [row]: { request_hash: string; response: unknown }[] = await this.dataSource.query(
      'SELECT request_hash, response FROM intake.idempotency_keys WHERE client_system_id = $1 AND key = $2',
      [clientSystemId, key],
    );
    return { fingerprint: row.request_hash, response: row.response };
  }
}
