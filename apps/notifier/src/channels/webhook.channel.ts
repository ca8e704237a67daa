import { Transport } from '@redress/contracts';
import { OutboundHttp } from '@redress/platform';
import { signWebhook, DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../domain/webhook-signature';
import { OutgoingMessage } from './delivery-channel';

/**
 * POSTs the message to the complaint's callbackUrl as JSON, signed: `X-Redress-Timestamp` (Unix seconds) and
 * `X-Redress-Signature: sha256=<HMAC-SHA256 of "<timestamp>.<body>" with WEBHOOK_SECRET>`. `X-Redress-Delivery` is the
 * notification id, the same on every retry, so a receiver can drop repeats. Any 2xx is accepted; redirects are not
 * followed, and a callbackUrl that is or resolves to a non-public address is refused (RefusedDestination).
 */
export class WebhookChannel {
  constructor(
    private readonly secret: string,
    private readonly http: OutboundHttp,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async deliver(message: OutgoingMessage): Promise<Transport> {
    const body = JSON.stringify({
      notificationId: message.notificationId,
      complaintId: message.complaintId,
      kind: message.kind,
      locale: message.locale,
      subject: message.subject,
      text: message.text,
    });
    const timestamp = Math.floor(this.clock().getTime() / 1000);
    await this.http.post(
      message.recipient,
      body,
      {
        'content-type': 'application/json',
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(this.secret, timestamp, body),
        [DELIVERY_HEADER]: message.notificationId,
      },
      'the callback',
    );
    return 'webhook';
  }
}
