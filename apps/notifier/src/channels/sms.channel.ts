import { Logger } from '@nestjs/common';
import { OutgoingMessage } from './delivery-channel';

/**
 * SMS through an HTTP gateway: `POST SMS_GATEWAY_URL` with `{ to, text, reference }`; any 2xx is accepted. Without
 * SMS_GATEWAY_URL the message is written to the service log instead.
 */
export class SmsChannel {
  private readonly logger = new Logger('sms');

  constructor(
    private readonly gatewayUrl: string | null,
    private readonly timeoutMs: number,
  ) {}

  async deliver(message: OutgoingMessage): Promise<void> {
    if (!this.gatewayUrl) {
      this.logger.log(`[${message.complaintId}] ${message.kind} SMS ${message.notificationId} (no SMS_GATEWAY_URL: not sent anywhere)`);
      return;
    }
    const response = await fetch(this.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: message.recipient, text: message.text, reference: message.notificationId }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`the SMS gateway answered ${response.status}`);
  }
}
