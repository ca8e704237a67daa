import {
  BadGatewayException,
  ConflictException,
  GoneException,
  Inject,
  Injectable,
  NotFoundException,
  OnModuleDestroy,
  UnprocessableEntityException,
} from '@nestjs/common';
import { DestinationPolicy, OutboundHttp, RefusedDestination } from '@redress/platform';
import { DataSource } from 'typeorm';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import {
  deriveSigningSecret,
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
} from '../../domain/webhook-signature';
import { callbackTarget } from '../../persistence/subscription.store';
import { CustomerWebhookRequest } from './customer-webhook.request.dto';

/**
 * Sends a customer's message to the complaint's callbackUrl for the notifier, signed like the client's subscription
 * deliveries (`Redress-Signature: t=,v1=` with the client system's own secret, both secrets during a rotation), so
 * one client cannot forge or read another's and no secret is shared between clients. The notifier's delivery worker
 * owns retries, backoff, the circuit per client system and the order: this sends once and says how it went.
 * - 204: the receiver took it (2xx);
 * - 502: the receiver failed (an error, a timeout, a non-2xx): worth retrying;
 * - 409: no callbackUrl, or the client system has no subscription secret to sign with: retrying cannot help;
 * - 422: the callbackUrl is refused by the SSRF guard now (its DNS changed);
 * - 410: the customer was erased; 404: no such complaint.
 */
@Injectable()
export class CustomerWebhookService implements OnModuleDestroy {
  private readonly http: OutboundHttp;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {
    this.http = new OutboundHttp(new DestinationPolicy(settings.callbackUrls.allowed), {
      connectMs: settings.webhooks.connectTimeoutMs,
      responseMs: settings.webhooks.timeoutMs,
    });
  }

  async deliver(complaintId: string, message: CustomerWebhookRequest): Promise<void> {
    const target = await callbackTarget(this.dataSource, complaintId);
    if (!target) throw new NotFoundException('No such complaint');
    if (target.erased_at) throw new GoneException("The customer's data was erased");
    if (!target.callback_url) throw new ConflictException('The complaint has no callbackUrl');
    if (!target.secret_nonce)
      throw new ConflictException(
        'The client system has no webhook subscription, so no secret of its own to sign with (PUT /subscription)',
      );
    const nonces = [target.secret_nonce, ...(target.previous_nonce ? [target.previous_nonce] : [])];
    const secrets = nonces.map((nonce) => deriveSigningSecret(this.settings.webhooks.signingKey, nonce));
    const body = JSON.stringify({
      id: message.messageId,
      type: 'customer.message',
      complaintId,
      occurredAt: new Date().toISOString(),
      data: { kind: message.kind, locale: message.locale, subject: message.subject, text: message.text },
    });
    try {
      await this.http.post(
        target.callback_url,
        body,
        {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(secrets, Math.floor(Date.now() / 1000), body),
          [EVENT_ID_HEADER]: message.messageId,
        },
        'the callback',
      );
    } catch (error) {
      if (error instanceof RefusedDestination) throw new UnprocessableEntityException(error.message);
      throw new BadGatewayException((error as Error).message);
    }
  }

  onModuleDestroy(): void {
    this.http.close();
  }
}
