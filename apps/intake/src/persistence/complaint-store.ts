import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { OutboxRelay, outboxInsert } from '@redress/messaging';
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

/**
 * Writes an accepted complaint. This is the hot path, so the key claim, the complaint, its first timeline entry
 * and its outbox event are one statement: one round trip, atomic without BEGIN/COMMIT. When the Idempotency-Key
 * is already taken nothing is written (a concurrent request with the same key waits for the first to commit).
 */
@Injectable()
export class ComplaintStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  /** Returns false when the claim's key was already used by this client system. */
  async accept(
    clientSystemId: string,
    event: EventEnvelope<typeof EventType.ComplaintReceived>,
    receipt: unknown,
    claim?: IdempotencyClaim,
  ): Promise<boolean> {
    const data = event.data;
    const entry = describeEvent(event);
    const params: unknown[] = [
      clientSystemId, claim?.key ?? null, claim?.fingerprint ?? null, receipt,
      data.complaintId, data.externalRef ?? null, data.customer, data.touchpoint, data.order ?? null, data.text,
      data.dissatisfaction, data.remedy ?? null, data.callbackUrl ?? null, data.receivedAt, statusRank('received'),
      event.id, event.type, event.occurredAt, entry.summary, entry.details,
    ];
    const outbox = outboxInsert(INTAKE_SCHEMA, [event], { firstParam: params.length + 1, onlyIf: 'EXISTS (SELECT 1 FROM complaint)' });
    const written: unknown[] = await this.dataSource.query(
      `WITH claim AS (
         INSERT INTO intake.idempotency_keys (client_system_id, key, request_hash, response)
         SELECT $1::uuid, $2::text, $3::text, $4::jsonb WHERE $2::text IS NOT NULL
         ON CONFLICT DO NOTHING RETURNING 1
       ), proceed AS (
         SELECT 1 WHERE $2::text IS NULL OR EXISTS (SELECT 1 FROM claim)
       ), complaint AS (
         INSERT INTO intake.complaints (id, client_system_id, external_ref, customer, touchpoint, "order", text,
           dissatisfaction, remedy, callback_url, received_at, status, status_rank)
         SELECT $5::uuid, $1::uuid, $6::text, $7::jsonb, $8::text, $9::jsonb, $10::text, $11::text, $12::jsonb,
           $13::text, $14::timestamptz, 'received', $15::smallint FROM proceed
         RETURNING id
       ), timeline AS (
         INSERT INTO intake.complaint_events (event_id, complaint_id, type, occurred_at, summary, details)
         SELECT $16::uuid, id, $17::text, $18::timestamptz, $19::text, $20::jsonb FROM complaint
       )
       ${outbox.sql}
       RETURNING event_id`,
      [...params, ...outbox.params],
    );
    if (written.length === 0) return false;
    this.relay.committed();
    return true;
  }

  async earlierAnswer(clientSystemId: string, key: string): Promise<EarlierAnswer> {
    const [row]: { request_hash: string; response: unknown }[] = await this.dataSource.query(
      'SELECT request_hash, response FROM intake.idempotency_keys WHERE client_system_id = $1 AND key = $2',
      [clientSystemId, key],
    );
    return { fingerprint: row.request_hash, response: row.response };
  }
}
