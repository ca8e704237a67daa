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
    const reference = (!erased && data.externalRef) || data.complaintId.slice(0, 8).toUpperCase();
    // The upsert locks the complaint's row, so a link consumed at the same time waits for it (or it for the link).
    const [row] = await tx.manager.query(
      `INSERT INTO notifier.complaints
         (id, received_at, reference, address_as, phone, email, timezone, window_from, window_to, preferred_channel, locale,
          dissatisfaction, order_amount, order_currency, remedy_type, claimed_amount, claimed_currency, callback_url, client_system, erased_at,
          customer_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
       ON CONFLICT (id) DO UPDATE SET
         received_at = EXCLUDED.received_at, reference = EXCLUDED.reference, address_as = EXCLUDED.address_as, phone = EXCLUDED.phone,
         email = EXCLUDED.email, timezone = EXCLUDED.timezone, window_from = EXCLUDED.window_from, window_to = EXCLUDED.window_to,
         preferred_channel = EXCLUDED.preferred_channel, locale = EXCLUDED.locale, dissatisfaction = EXCLUDED.dissatisfaction,
         order_amount = EXCLUDED.order_amount, order_currency = EXCLUDED.order_currency, remedy_type = EXCLUDED.remedy_type,
         claimed_amount = EXCLUDED.claimed_amount, claimed_currency = EXCLUDED.claimed_currency, callback_url = EXCLUDED.callback_url,
         client_system = EXCLUDED.client_system, erased_at = coalesce(complaints.erased_at, EXCLUDED.erased_at),
         customer_name = EXCLUDED.customer_name
       RETURNING ${COMPLAINT_COLUMNS}`,
      [
        data.complaintId,
        data.receivedAt,
        reference,
        customer.formOfAddress ?? customer.name ?? null,
        customer.phone ?? null,
        customer.email ?? null,
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
        data.callbackUrl ?? null,
        data.clientSystem,
        erased ? new Date() : null,
        // Only to take the name out of a rating's comment before it is published (ADR 0009).
        customer.name ?? null,
      ],
    );
    const complaint = toKnownComplaint(row);
    const playbookText = await this.playbooks.apply(tx, event, complaint);
    const acknowledgementId = await this.scheduler.schedule(tx, complaint, event.id, {
      kind: 'acknowledgement',
      reference,
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
