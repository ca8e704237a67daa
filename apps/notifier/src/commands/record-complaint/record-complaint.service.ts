import { Inject, Injectable } from '@nestjs/common';
import { CustomerPayload, EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { customerLocale } from '../../domain/locale';
import { isErased, upsertReceivedComplaint } from '../../persistence/complaint.store';
import { PlaybookApplier } from '../apply-playbook/playbook-applier.service';
import { RootCauseUpdatesHandler } from '../inform-complaints/root-cause-updates.handler';
import { CompensationMaxWaitHandler } from '../settle-compensation/compensation-max-wait.handler';
import { NotificationScheduler } from '../schedule-notification/notification-scheduler.service';

/**
 * Keeps what the notifier needs of a received complaint and schedules its acknowledgement (an active playbook's
 * message and compensation, when one matches), and arms the wait after which it is compensated anyway. When the complaint's
 * link to a root cause arrived first (another key, another topic), it also catches up with that root cause.
 */
@Injectable()
export class RecordComplaintService {
  constructor(
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    private readonly scheduler: NotificationScheduler,
    private readonly updates: RootCauseUpdatesHandler,
    private readonly playbooks: PlaybookApplier,
    private readonly maxWait: CompensationMaxWaitHandler,
  ) {}

  async execute(event: EventEnvelope<typeof EventType.ComplaintReceived>, tx: Transaction): Promise<void> {
    const data = event.data;
    // Erased before it arrived (another topic, another key): kept without anything that reaches the customer.
    const erased = data.erased === true || (await isErased(tx.manager, data.complaintId));
    const customer: Partial<CustomerPayload> = (!erased && data.customer) || {};
    // What the notifier lists the complaint by: the id's prefix. Messages quote the client's externalRef, which stays
    // in intake and is put in when they are sent.
    const reference = data.complaintId.slice(0, 8).toUpperCase();
    // Who the customer is stays in intake (ADR 0009): only what chooses the channel and the hour is kept. A version 1
    // event still carries the contact details; they are read for the flags and dropped.
    const hasEmail = !erased && (customer.hasEmail ?? !!customer.email);
    const hasCallbackUrl = !erased && (data.hasCallbackUrl ?? !!data.callbackUrl);
    // The upsert locks the complaint's row, so a link consumed at the same time waits for it (or it for the link).
    const complaint = await upsertReceivedComplaint(tx.manager, {
      id: data.complaintId,
      receivedAt: data.receivedAt,
      reference,
      hasEmail,
      timezone: customer.timezone ?? null,
      windowFrom: customer.contactWindow?.from ?? null,
      windowTo: customer.contactWindow?.to ?? null,
      preferredChannel: customer.preferredChannel ?? null,
      locale: customerLocale(customer.locale, data.text, this.settings.defaultLocale),
      dissatisfaction: data.dissatisfaction,
      orderAmount: data.order?.amount ?? null,
      orderCurrency: data.order?.currency ?? null,
      remedyType: data.remedy?.type ?? null,
      claimedAmount: data.remedy?.claimed?.amount ?? null,
      claimedCurrency: data.remedy?.claimed?.currency ?? null,
      hasCallbackUrl,
      clientSystem: data.clientSystem,
      erasedAt: erased ? new Date() : null,
      touchpoint: data.touchpoint,
    });
    const playbookText = await this.playbooks.apply(tx, event, complaint);
    const acknowledgementId = await this.scheduler.schedule(tx, complaint, event.id, {
      kind: 'acknowledgement',
      reference: complaint.reference,
      ...(playbookText ? { playbookText } : {}),
    });
    if (playbookText && acknowledgementId) await this.playbooks.noteMessage(tx, complaint.id, acknowledgementId);
    // A playbook compensated it already; any other complaint is compensated by COMPENSATION_MAX_WAIT at the latest.
    if (!playbookText) this.maxWait.arm(tx, complaint.id, new Date(data.receivedAt));
    if (complaint.rootCauseId) await this.updates.catchUp(tx, complaint);
  }
}
