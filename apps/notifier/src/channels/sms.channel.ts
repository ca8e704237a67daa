import { Transport } from '@redress/contracts';
import { OutboundHttp } from '@redress/platform';
import { OutgoingMessage } from './delivery-channel';

/**
 * SMS through an HTTP gateway: `POST SMS_GATEWAY_URL` with `{ to, text, reference }`; any 2xx is accepted.
 */
export class SmsChannel {
  constructor(
    private readonly gatewayUrl: string,
    private readonly http: OutboundHttp,
  ) {}

  async deliver(message: OutgoingMessage): Promise<Transport> {
    const body = JSON.stringify({ to: message.recipient, text: message.text, reference: message.notificationId });
    await this.http.post(this.gatewayUrl, body, { 'content-type': 'application/json' }, 'the SMS gateway');
    return 'sms-gateway';
  }
}
