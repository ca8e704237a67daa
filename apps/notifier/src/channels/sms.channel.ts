import { Logger } from '@nestjs/common';
import { OutboundHttp } from '@redress/platform';
import { OutgoingMessage } from './delivery-channel';

/**
 * SMS through an HTTP gateway: `POST SMS_GATEWAY_URL` with `{ to, text, reference }`; any 2xx is accepted. Without
 * SMS_GATEWAY_URL the message is written to the service log instead.
 */
export class SmsChannel {
  private readonly logger = new Logger('sms');

  constructor(
    private readonly gatewayUrl: string | null,
    private readonly http: OutboundHttp,
  ) {}

  async deliver(message: OutgoingMessage): Promise<void> {
    if (!this.gatewayUrl) {
      this.logger.log(`[${message.complaintId}] ${message.kind} SMS ${message.notificationId} (no SMS_GATEWAY_URL: not sent anywhere)`);
      return;
    }
    const body = JSON.stringify({ to: message.recipient, text: message.text, reference: message.notificationId });
    await this.http.post(this.gatewayUrl, body, { 'content-type': 'application/json' }, 'the SMS gateway');
  }
}
