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
import { Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import {
  auditErasure,
  ComplaintToErase,
  eraseComplaints,
  eraseOutboxCopies,
  insertErasure,
} from '../../persistence/erasure.store';
import { deleteAttachmentsOf } from '../../persistence/attachment.store';
import { redactAttemptErrors } from '../../persistence/delivery-errors.store';
import { eraseFeedCopies } from './feed-copies-erasure.service';

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
    await insertErasure(tx.manager, {
      id: erasureId,
      clientSystemId,
      reason,
      complaints: ids.length,
      parts: parts.length,
    });
    await auditErasure(tx.manager, { clientSystemId, requestedBy, complaints: ids.length, erasureId });
    if (ids.length === 0) return { id: erasureId, status: 'done', complaints: 0 };
    await eraseComplaints(tx.manager, ids, texts, ERASED_CUSTOMER);
    await eraseOutboxCopies(tx.manager, ids, texts);
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
    await deleteAttachmentsOf(tx.manager, ids);
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
