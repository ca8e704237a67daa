import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { DELIVERY_CHANNEL, DeliveryChannel } from '../../channels/delivery-channel';
import { chooseChannel } from '../../domain/choose-channel';

/** Tells the customer at once that their complaint was received, and says so in `customer.notified`. */
@Injectable()
export class AcknowledgeComplaintService {
  constructor(@Inject(DELIVERY_CHANNEL) private readonly channel: DeliveryChannel) {}

  async execute(event: EventEnvelope<typeof EventType.ComplaintReceived>, tx: Transaction): Promise<void> {
    const { complaintId, customer, callbackUrl } = event.data;
    const notificationId = randomUUID();
    const channel = chooseChannel({ ...customer, callbackUrl });
    const now = new Date();
    await this.channel.deliver({ notificationId, complaintId, kind: 'acknowledgement', channel });
    await tx.manager.query(
      `INSERT INTO notifier.notifications (id, complaint_id, cause_event_id, kind, channel, status, scheduled_for, sent_at, attempts)
       VALUES ($1, $2, $3, 'acknowledgement', $4, 'sent', $5, $5, 1)`,
      [notificationId, complaintId, event.id, channel, now],
    );
    tx.emit({
      type: EventType.CustomerNotified,
      key: complaintId,
      data: { complaintId, notificationId, kind: 'acknowledgement', channel, status: 'sent', at: now.toISOString(), attempts: 1 },
    });
  }
}
