import { Inject, Injectable } from '@nestjs/common';
import { CustomerPayload, EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { customerLocale } from '../../domain/locale';
import { COMPLAINT_COLUMNS, toKnownComplaint } from '../../persistence/complaint.record';
import { PlaybookApplier } from '../apply-playbook/playbook-applier';
import { RootCauseUpdates } from '../inform-complaints/root-cause-updates';
import { CompensationMaxWait } from '../settle-compensation/compensation-max-wait';
import { NotificationScheduler } from '../schedule-notification/notification-scheduler';

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
    private readonly updates: RootCauseUpdates,
    private readonly playbooks: PlaybookApplier,
    private readonly maxWait: CompensationMaxWait,
  ) {}

  async execute(event: EventEnvelope<typeof EventType.ComplaintReceived>, tx: Transaction): Promise<void> {
    const data = event.data;
    // Erased before it arrived (another topic, another key): kept without anything that reaches the customer.
    const erased = data.erased === true || (await isErased(tx, data.complaintId));
    const customer: Partial<CustomerPayload> = (!erased && data.customer) || {};
    // What the notifier lists the complaint by: the id's prefix. Messages quote the client's externalRef, which stays
    // in intake and is put in when they are sent.
    const reference = data.complaintId.slice(0, 8).toUpperCase();
    // Who the customer is stays in intake (ADR 0009): only what chooses the channel and the hour is kept. A version 1
    // event still carries the contact details; they are read for the flags and dropped.
    const hasEmail = !erased && (customer.hasEmail ?? !!customer.email);
    const hasCallbackUrl = !erased && (data.hasCallbackUrl ?? !!data.callbackUrl);
    // The upsert locks the complaint's row, so a link consumed at the same time waits for it (or it for the link).
    const [row] = await tx.manager.query(
      `INSERT INTO notifier.complaints
         (id, received_at, reference, has_email, timezone, window_from, window_to, preferred_channel, locale,
          dissatisfaction, order_amount, order_currency, remedy_type, claimed_amount, claimed_currency, has_callback_url,
          client_system, erased_at, touchpoint)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (id) DO UPDATE SET
         received_at = EXCLUDED.received_at, reference = EXCLUDED.reference, has_email = EXCLUDED.has_email,
         timezone = EXCLUDED.timezone, window_from = EXCLUDED.window_from, window_to = EXCLUDED.window_to,
         preferred_channel = EXCLUDED.preferred_channel, locale = EXCLUDED.locale, dissatisfaction = EXCLUDED.dissatisfaction,
         order_amount = EXCLUDED.order_amount, order_currency = EXCLUDED.order_currency, remedy_type = EXCLUDED.remedy_type,
         claimed_amount = EXCLUDED.claimed_amount, claimed_currency = EXCLUDED.claimed_currency,
         has_callback_url = EXCLUDED.has_callback_url, client_system = EXCLUDED.client_system,
         erased_at = coalesce(complaints.erased_at, EXCLUDED.erased_at), touchpoint = EXCLUDED.touchpoint
       RETURNING ${COMPLAINT_COLUMNS}`,
      [
        data.complaintId,
        data.receivedAt,
        reference,
        hasEmail,
        customer.timezone ?? null,
        customer.contactWindow?.from ?? null,
        customer.contactWindow?.to ?? null,
        customer.preferredChannel ?? null,
        customerLocale(customer.locale, data.text, this.settings.defaultLocale),
        data.dissatisfaction,
        data.order?.amount ?? null,
        data.order?.currency ?? null,
        data.remedy?.type ?? null,
        data.remedy?.claimed?.amount ?? null,
        data.remedy?.claimed?.currency ?? null,
        hasCallbackUrl,
        data.clientSystem,
        erased ? new Date() : null,
        data.touchpoint,
      ],
    );
    const complaint = toKnownComplaint(row);
    const playbookText = await this.playbooks.apply(tx, event, complaint);
    const acknowledgementId = await this.scheduler.schedule(tx, complaint, event.id, {
      kind: 'acknowledgement',
      reference: complaint.reference,
      ...(playbookText ? { playbookText } : {}),
    });
    if (playbookText && acknowledgementId) await this.playbooks.noteMessage(tx, complaint.id, acknowledgementId);
    // A playbook compensated it already; any other complaint is compensated by COMPENSATION_MAX_WAIT at the latest.
    if (!playbookText) await this.maxWait.arm(tx, complaint.id, new Date(data.receivedAt));
    if (complaint.rootCauseId) await this.updates.catchUp(tx, complaint);
  }
}

async function isErased(tx: Transaction, complaintId: string): Promise<boolean> {
  const rows = await tx.manager.query(`SELECT FROM notifier.complaints WHERE id = $1 AND erased_at IS NOT NULL`, [
    complaintId,
  ]);
  return rows.length > 0;
}
