import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { ComplaintReceivedData, EventType, MoneyPayload, toMinorUnits } from '@redress/contracts';
import { Transaction, UnitOfWork } from '@redress/messaging';
import { FieldError, InvalidRequestException } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { ClientSystem } from '../../auth/client-system.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { statusRank } from '../../domain/complaint-status';
import { requestFingerprint } from '../../domain/request-fingerprint';
import { describeEvent } from '../../domain/timeline-entry';
import { SubmitComplaintRequest } from './submit-complaint.request.dto';
import { SubmittedComplaintDto } from './submitted-complaint.dto';

export interface SubmitOutcome {
  complaint: SubmittedComplaintDto;
  /** True when an Idempotency-Key matched an earlier request: nothing new was created. */
  replayed: boolean;
}

/**
 * Accepts a complaint: the row, its first timeline entry and `complaint.received` commit together.
 * With an Idempotency-Key, the key is claimed in the same transaction, so two concurrent requests with one key
 * create one complaint: the second waits on the first's claim and then answers with its result.
 */
@Injectable()
export class SubmitComplaintService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  async submit(client: ClientSystem, request: SubmitComplaintRequest, idempotencyKey?: string): Promise<SubmitOutcome> {
    const data = this.toEventData(client, request);
    return this.unitOfWork.run(async (tx) => {
      if (idempotencyKey) {
        const earlier = await this.claimKey(client, idempotencyKey, requestFingerprint(request), tx);
        if (earlier) return { complaint: earlier, replayed: true };
      }
      const complaint = await this.accept(client, data, tx);
      if (idempotencyKey) {
        await tx.manager.query(
          'UPDATE intake.idempotency_keys SET response = $3 WHERE client_system_id = $1 AND key = $2',
          [client.id, idempotencyKey, complaint],
        );
      }
      return { complaint, replayed: false };
    });
  }

  /** Claims the key, or returns the answer already given for it; the same key with another body is a 409. */
  private async claimKey(client: ClientSystem, key: string, fingerprint: string, tx: Transaction): Promise<SubmittedComplaintDto | null> {
    const claimed: unknown[] = await tx.manager.query(
      `INSERT INTO intake.idempotency_keys (client_system_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING key`,
      [client.id, key, fingerprint],
    );
    if (claimed.length === 1) return null;
    const [earlier]: { request_hash: string; response: SubmittedComplaintDto }[] = await tx.manager.query(
      'SELECT request_hash, response FROM intake.idempotency_keys WHERE client_system_id = $1 AND key = $2',
      [client.id, key],
    );
    if (earlier.request_hash !== fingerprint) {
      throw new ConflictException('This Idempotency-Key was already used with a different body');
    }
    return earlier.response;
  }

  private async accept(client: ClientSystem, data: ComplaintReceivedData, tx: Transaction): Promise<SubmittedComplaintDto> {
    const event = tx.emit({ type: EventType.ComplaintReceived, key: data.complaintId, data });
    await tx.manager.query(
      `INSERT INTO intake.complaints (id, client_system_id, external_ref, customer, touchpoint, "order", text,
         dissatisfaction, remedy, callback_url, received_at, status, status_rank)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'received', $12)`,
      [
        data.complaintId, client.id, data.externalRef ?? null, data.customer, data.touchpoint, data.order ?? null,
        data.text, data.dissatisfaction, data.remedy ?? null, data.callbackUrl ?? null, data.receivedAt,
        statusRank('received'),
      ],
    );
    const entry = describeEvent(event);
    await tx.manager.query(
      `INSERT INTO intake.complaint_events (event_id, complaint_id, type, occurred_at, summary, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.id, data.complaintId, event.type, event.occurredAt, entry.summary, entry.details],
    );
    return { id: data.complaintId, status: 'received', receivedAt: data.receivedAt };
  }

  private toEventData(client: ClientSystem, request: SubmitComplaintRequest): ComplaintReceivedData {
    const errors: FieldError[] = [];
    const money = (field: string, amount: string, currency: string): MoneyPayload | undefined => {
      const parsed = toMinorUnits(amount, currency);
      if (parsed.ok) return { amount: parsed.amount, currency };
      errors.push({ field, reason: parsed.error });
      return undefined;
    };
    const order = request.order && {
      ...(request.order.ref ? { ref: request.order.ref } : {}),
      ...money('order.amount', request.order.amount, request.order.currency),
    };
    const remedyCurrency = request.order?.currency ?? this.settings.defaultCurrency;
    const claimed = request.remedy?.amount !== undefined ? money('remedy.amount', request.remedy.amount, remedyCurrency) : undefined;
    if (errors.length > 0) throw new InvalidRequestException(errors);
    return {
      complaintId: randomUUID(),
      receivedAt: new Date().toISOString(),
      clientSystem: client.name,
      ...(request.externalRef ? { externalRef: request.externalRef } : {}),
      customer: request.customer,
      touchpoint: request.touchpoint,
      ...(order ? { order: order as ComplaintReceivedData['order'] } : {}),
      text: request.text,
      dissatisfaction: request.dissatisfaction,
      ...(request.remedy ? { remedy: { type: request.remedy.type, ...(claimed ? { claimed } : {}) } } : {}),
      ...(request.callbackUrl ? { callbackUrl: request.callbackUrl } : {}),
    };
  }
}
