import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
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

  constructor(@Inject(NOTIFIER_SETTINGS) settings: NotifierSettings) {
    const { timeoutMs } = settings.delivery;
    this.email = new EmailChannel(settings.smtpUrl, settings.mailFrom, { timeoutMs, messagesPerConnection: settings.smtpMessagesPerConnection });
    this.sms = new SmsChannel(settings.smsGatewayUrl, timeoutMs);
    this.webhook = new WebhookChannel(settings.webhookSecret, timeoutMs);
  }

  deliver(message: OutgoingMessage): Promise<void> {
    if (!message.recipient) return Promise.reject(new Error(`no ${message.channel} address`));
    return this[message.channel].deliver(message);
  }

  onModuleDestroy(): void {
    this.email.close();
  }
}
