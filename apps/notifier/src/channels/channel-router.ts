import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { DestinationPolicy, OutboundHttp } from '@redress/platform';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../config/notifier.settings';
import { DeliveryChannel, OutgoingMessage } from './delivery-channel';
import { EmailChannel } from './email.channel';
import { SmsChannel } from './sms.channel';
import { WebhookChannel } from './webhook.channel';

/** Sends each message through the adapter of its channel. */
@Injectable()
export class ChannelRouter implements DeliveryChannel, OnModuleDestroy {
  private readonly email: EmailChannel;
  private readonly sms: SmsChannel;
  private readonly webhook: WebhookChannel;
  private readonly http: OutboundHttp;

  constructor(@Inject(NOTIFIER_SETTINGS) settings: NotifierSettings) {
    const { timeoutMs, connectTimeoutMs } = settings.delivery;
    this.email = new EmailChannel(settings.smtpUrl, settings.mailFrom, { timeoutMs, messagesPerConnection: settings.smtpMessagesPerConnection });
    // SMS and webhooks share one guarded client: public destinations only, unless WEBHOOK_ALLOWED_HOSTS names them.
    this.http = new OutboundHttp(new DestinationPolicy(settings.allowedDestinations), { connectMs: connectTimeoutMs, responseMs: timeoutMs });
    this.sms = new SmsChannel(settings.smsGatewayUrl, this.http);
    this.webhook = new WebhookChannel(settings.webhookSecret, this.http);
  }

  deliver(message: OutgoingMessage): Promise<void> {
    if (!message.recipient) return Promise.reject(new Error(`no ${message.channel} address`));
    return this[message.channel].deliver(message);
  }

  onModuleDestroy(): void {
    this.email.close();
    this.http.close();
  }
}
