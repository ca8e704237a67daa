import { Injectable, Logger } from '@nestjs/common';
import { DeliveryChannel, OutgoingMessage } from './delivery-channel';

/** Records deliveries in the service log; the SMTP, SMS and webhook adapters replace it (notifier issue). */
@Injectable()
export class LogDeliveryChannel implements DeliveryChannel {
  private readonly logger = new Logger('delivery');

  async deliver(message: OutgoingMessage): Promise<void> {
    this.logger.log(`[${message.complaintId}] ${message.kind} by ${message.channel} (${message.notificationId})`);
  }
}
