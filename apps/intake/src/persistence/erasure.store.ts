import { CustomerSelector, EventType } from '@redress/contracts';
import { stripFromOutbox } from '@redress/messaging';
import { EntityManager } from 'typeorm';
import { customerCondition } from './customer-complaints';
import { Db } from './db';
import { INTAKE_SCHEMA } from './intake.schema';

/**
 * The SQL of erasing customers' data: the erasures, their progress and their audit (`intake.erasures`,
 * `intake.erasure_progress`, `intake.privacy_audit`), the complaints an erasure picks and rewrites, and the outbox
 * copies of those complaints. The timeline's copies are in feed-copy.store.ts.
 */

/** A complaint about to be erased, as intake holds it. */
export interface ComplaintToErase {
  id: string;
  customer: unknown;
  text: string;
}

/** A complaint past its retention, with the client system it belongs to. */
export interface DueComplaint extends ComplaintToErase {
  client_system_id: string;
}

/**
 * One client system's complaints of one customer, not erased yet, oldest first. Locked: a complaint of this customer
 * filed meanwhile waits, or is erased by a later request.
 */
export function lockCustomerComplaints(
  db: Db,
  clientSystemId: string,
  selector: CustomerSelector,
): Promise<ComplaintToErase[]> {
  const condition = customerCondition(clientSystemId, selector);
  return db.query(
    `SELECT c.id, c.customer, c.text FROM intake.complaints c WHERE ${condition.sql} ORDER BY c.received_at, c.id FOR UPDATE`,
    condition.params,
  );
}

/**
 * At most `limit` complaints closed longer ago than their client system's retention (else `afterClosureMs`) at
 * `now`, oldest closure first, claimed with SKIP LOCKED so replicas sweeping at once take different ones.
 */
export function claimComplaintsPastRetention(
  db: Db,
  now: Date,
  afterClosureMs: number,
  limit: number,
): Promise<DueComplaint[]> {
  return db.query(
    `SELECT c.id, c.customer, c.text, c.client_system_id
     FROM intake.complaints c JOIN intake.client_systems s ON s.id = c.client_system_id
     WHERE c.erased_at IS NULL AND c.closed_at IS NOT NULL
       AND c.closed_at <= $1::timestamptz - make_interval(secs => coalesce(s.personal_data_retention_ms, $2) / 1000.0)
     ORDER BY c.closed_at, c.id
     LIMIT $3
     FOR UPDATE OF c SKIP LOCKED`,
    [now, afterClosureMs, limit],
  );
}

/** An erasure of `complaints` complaints in `parts` parts; one of none is done at once. */
export async function insertErasure(
  db: Db,
  erasure: { id: string; clientSystemId: string; reason: 'request' | 'retention'; complaints: number; parts: number },
): Promise<void> {
  await db.query(
    `INSERT INTO intake.erasures (id, client_system_id, reason, complaint_count, parts, completed_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $5 = 0 THEN now() END)`,
    [erasure.id, erasure.clientSystemId, erasure.reason, erasure.complaints, erasure.parts],
  );
}

/** Who asked for an erasure, kept in the privacy audit. */
export async function auditErasure(
  db: Db,
  audit: { clientSystemId: string; requestedBy: string; complaints: number; erasureId: string },
): Promise<void> {
  await db.query(
    `INSERT INTO intake.privacy_audit (client_system_id, action, requested_by, complaint_count, erasure_id)
     VALUES ($1, 'erasure', $2, $3, $4)`,
    [audit.clientSystemId, audit.requestedBy, audit.complaints, audit.erasureId],
  );
}

/** The complaints keep `erasedCustomer` for a customer, no external ref or callback URL, and their redacted texts (by position). */
export async function eraseComplaints(db: Db, ids: string[], texts: string[], erasedCustomer: unknown): Promise<void> {
  await db.query(
    `UPDATE intake.complaints c SET customer = $3, external_ref = NULL, callback_url = NULL, text = erased.text, erased_at = now()
     FROM unnest($1::uuid[], $2::text[]) AS erased(id, text) WHERE c.id = erased.id`,
    [ids, texts, erasedCustomer],
  );
}

/** `complaint.received` of these complaints, sent or not, keeps only what an erased complaint keeps. */
export async function eraseOutboxCopies(manager: EntityManager, ids: string[], texts: string[]): Promise<void> {
  await stripFromOutbox(manager, INTAKE_SCHEMA, {
    types: [EventType.ComplaintReceived],
    keys: ids,
    paths: [
      ['data', 'customer'],
      ['data', 'externalRef'],
    ],
  });
  await manager.query(
    `UPDATE intake.outbox o
     SET payload = jsonb_set(jsonb_set(o.payload::jsonb, '{data,text}', to_jsonb(erased.text)), '{data,erased}', 'true')::json
     FROM unnest($1::text[], $2::text[]) AS erased(id, text)
     WHERE o.event_type = $3 AND o.message_key = erased.id`,
    [ids, texts, EventType.ComplaintReceived],
  );
}

/** Serialises the reports of one erasure, so exactly one of them sees the count complete. Undefined: no such erasure. */
export async function lockErasure(db: Db, erasureId: string): Promise<{ parts: number } | undefined> {
  const [erasure]: { parts: number }[] = await db.query(`SELECT parts FROM intake.erasures WHERE id = $1 FOR UPDATE`, [
    erasureId,
  ]);
  return erasure;
}

/** One service's report on one part; a repeated report is kept once. */
export async function recordErasureProgress(
  db: Db,
  report: { erasureId: string; service: string; part: number; complaints: number },
): Promise<void> {
  await db.query(
    `INSERT INTO intake.erasure_progress (erasure_id, service, part, complaints) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING`,
    [report.erasureId, report.service, report.part, report.complaints],
  );
}

/** Marks the erasure done once `reportsDue` reports are in. */
export async function completeErasureWhenReported(db: Db, erasureId: string, reportsDue: number): Promise<void> {
  await db.query(
    `UPDATE intake.erasures SET completed_at = now()
     WHERE id = $1 AND completed_at IS NULL
       AND (SELECT count(*) FROM intake.erasure_progress WHERE erasure_id = $1) >= $2`,
    [erasureId, reportsDue],
  );
}
