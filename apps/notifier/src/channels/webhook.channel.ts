import { Transport } from '@redress/contracts';
import { OutgoingMessage } from './delivery-channel';
import { IntakeClient } from './intake-client';

/**
 * The customer's webhook channel: the notifier keeps neither the complaint's callbackUrl nor any signing secret, so it
 * hands the message to intake, which POSTs it to the callbackUrl signed with the filing client system's own
 * subscription secret (`Redress-Signature: t=<unix>,v1=<hex>`, `Redress-Event-Id` = the notification id, the same on
 * every retry). Retries, backoff and the circuit per client system stay the delivery worker's.
 */
export class WebhookChannel {
  constructor(
    private readonly intake: IntakeClient,
    private readonly timeoutMs: number,
  ) {}

  async deliver(message: OutgoingMessage): Promise<Transport> {
    await this.intake.sendWebhook(message, this.timeoutMs);
    return 'webhook';
  }
}
