import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { buildEvent, ComplaintReceivedData, EventType, MoneyPayload, toMinorUnits } from '@redress/contracts';
import { FieldError, InvalidRequestException } from '@redress/platform';
import { randomUUID } from 'node:crypto';
import { ClientSystem } from '../../auth/client-system.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { ComplaintStore } from '../../persistence/complaint.store';
import { requestFingerprint } from '../../domain/request-fingerprint';
import { publishedComplaint } from './published-complaint';
import { SubmitComplaintRequest } from './submit-complaint.request.dto';
import { SubmittedComplaintDto } from './submitted-complaint.dto';

export interface SubmitOutcome {
  complaint: SubmittedComplaintDto;
  /** True when an Idempotency-Key matched an earlier request: nothing new was created. */
  replayed: boolean;
}

/**
 * Accepts a complaint: the row, its first timeline entry and `complaint.received` are written together.
 * With an Idempotency-Key the key is claimed in the same write, so concurrent requests with one key create one
 * complaint: the others wait for the first and answer with its result.
 */
@Injectable()
export class SubmitComplaintService {
  constructor(
    private readonly complaints: ComplaintStore,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  async submit(client: ClientSystem, request: SubmitComplaintRequest, idempotencyKey?: string): Promise<SubmitOutcome> {
    const data = this.toEventData(client, request);
    // The row keeps the complaint as filed; the event carries none of the customer's identity (ADR 0009).
    const event = buildEvent('intake', {
      type: EventType.ComplaintReceived,
      key: data.complaintId,
      data: publishedComplaint(data),
    });
    const receipt: SubmittedComplaintDto = { id: data.complaintId, status: 'received', receivedAt: data.receivedAt };
    const fingerprint = idempotencyKey ? requestFingerprint(request) : '';
    const claim = idempotencyKey ? { key: idempotencyKey, fingerprint } : undefined;
    if (await this.complaints.accept(client.id, event, receipt, claim, data))
      return { complaint: receipt, replayed: false };

    const earlier = await this.complaints.earlierAnswer(client.id, idempotencyKey as string);
    if (earlier.fingerprint !== fingerprint) {
      throw new ConflictException('This Idempotency-Key was already used with a different body');
    }
    return { complaint: earlier.response as SubmittedComplaintDto, replayed: true };
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
    const claimed =
      request.remedy?.amount !== undefined ? money('remedy.amount', request.remedy.amount, remedyCurrency) : undefined;
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
