import { Injectable } from '@nestjs/common';
import {
  CustomerIdentity,
  ERASED_CUSTOMER,
  ERASURE_PART_SIZE,
  EventType,
  identityOf,
  inParts,
  redactText,
} from '@redress/contracts';
import { stripFromOutbox, Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { redactAttemptErrors } from '../../persistence/delivery-errors.store';
import { INTAKE_SCHEMA } from '../../persistence/intake.schema';
import { eraseFeedCopies } from './feed-copies.erasure';

/** A complaint about to be erased, as intake holds it. */
export interface ComplaintToErase {
  id: string;
  customer: unknown;
  text: string;
}

export type ErasureReason = 'request' | 'retention';

export interface ErasureReceipt {
  id: string;
  status: 'in-progress' | 'done';
  complaints: number;
}

/**
 * Erases the customer's data of some complaints of one client system, in the caller's transaction: intake's own copy
 * (the customer object, the external ref, the callbackUrl and the attachments go, the text is redacted of the phone,
 * email and name), the timeline's copies in the change feed and the webhook deliveries and their attempts' error
 * texts (redacted the same way), the outbox copies of `complaint.received`, and one `customer.erased` per part of at most
 * ERASURE_PART_SIZE complaints, which every other service answers with `customer.erasure-progressed`. The complaint,
 * its timeline and its status stay.
 */
@Injectable()
export class ComplaintErasure {
  async erase(
    tx: Transaction,
    clientSystemId: string,
    complaints: ComplaintToErase[],
    { reason, requestedBy, named = {} }: { reason: ErasureReason; requestedBy: string; named?: CustomerIdentity },
  ): Promise<ErasureReceipt> {
    const erasureId = randomUUID();
    const ids = complaints.map((complaint) => complaint.id);
    const texts = complaints.map((complaint) =>
      redactText(redactText(complaint.text, identityOf(complaint.customer)), named),
    );
    const parts = inParts(ids, ERASURE_PART_SIZE);
    await tx.manager.query(
      `INSERT INTO intake.erasures (id, client_system_id, reason, complaint_count, parts, completed_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $5 = 0 THEN now() END)`,
      [erasureId, clientSystemId, reason, ids.length, parts.length],
    );
    await tx.manager.query(
      `INSERT INTO intake.privacy_audit (client_system_id, action, requested_by, complaint_count, erasure_id)
       VALUES ($1, 'erasure', $2, $3, $4)`,
      [clientSystemId, requestedBy, ids.length, erasureId],
    );
    if (ids.length === 0) return { id: erasureId, status: 'done', complaints: 0 };
    await tx.manager.query(
      `UPDATE intake.complaints c SET customer = $3, external_ref = NULL, callback_url = NULL, text = erased.text, erased_at = now()
       FROM unnest($1::uuid[], $2::text[]) AS erased(id, text) WHERE c.id = erased.id`,
      [ids, texts, ERASED_CUSTOMER],
    );
    await eraseOutboxCopies(tx, ids, texts);
    // The timeline's copies in the change feed and the subscription deliveries (bodies a client's endpoint may not
    // have taken yet) name the customer no more than the complaint does.
    const identities = new Map(complaints.map((complaint) => [complaint.id, [identityOf(complaint.customer), named]]));
    await eraseFeedCopies(tx, clientSystemId, identities);
    // What the subscription endpoint answered to those deliveries may quote them back (an error body, a proxy's page).
    await redactAttemptErrors(tx.manager, clientSystemId, ids, (complaintId, text) =>
      (identities.get(complaintId) ?? []).reduce((redacted, identity) => redactText(redacted, identity), text),
    );
    // Photos and receipts show the customer (a face, a name on a receipt): they go whole, their chunks with them. The
    // timeline keeps that a file was added.
    await tx.manager.query(`DELETE FROM intake.attachments WHERE complaint_id = ANY($1::uuid[])`, [ids]);
    parts.forEach((complaintIds, index) =>
      tx.emit({
        type: EventType.CustomerErased,
        key: erasureId,
        correlationId: erasureId,
        data: { erasureId, complaintIds, part: index + 1, parts: parts.length },
      }),
    );
    return { id: erasureId, status: 'in-progress', complaints: ids.length };
  }
}

/** `complaint.received` of these complaints, sent or not, keeps only what an erased complaint keeps. */
async function eraseOutboxCopies(tx: Transaction, ids: string[], texts: string[]): Promise<void> {
  await stripFromOutbox(tx.manager, INTAKE_SCHEMA, {
    types: [EventType.ComplaintReceived],
    keys: ids,
    paths: [
      ['data', 'customer'],
      ['data', 'externalRef'],
    ],
  });
  await tx.manager.query(
    `UPDATE intake.outbox o
     SET payload = jsonb_set(jsonb_set(o.payload::jsonb, '{data,text}', to_jsonb(erased.text)), '{data,erased}', 'true')::json
     FROM unnest($1::text[], $2::text[]) AS erased(id, text)
     WHERE o.event_type = $3 AND o.message_key = erased.id`,
    [ids, texts, EventType.ComplaintReceived],
  );
}
