import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Channel, Transport } from '@redress/contracts';
import { DestinationPolicy, OutboundHttp } from '@redress/platform';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../config/notifier.settings';
import { DeliveryChannel, OutgoingMessage } from './delivery-channel';
import { EmailChannel } from './email.channel';
import { IntakeClient } from './intake-client';
import { LogOnlyChannel } from './log-only.channel';
import { SmsChannel } from './sms.channel';
import { WebhookChannel } from './webhook.channel';

type Sender = Pick<DeliveryChannel, 'deliver'>;

/**
 * Sends each message through the adapter of its channel. A channel left out of CHANNELS has none: its messages fail at
 * once (permanently), recorded as failed rather than dropped. A channel without its transport's setting logs only.
 */
@Injectable()
export class ChannelRouter implements DeliveryChannel, OnModuleDestroy {
  private readonly senders: Partial<Record<Channel, Sender>> = {};
  private readonly email?: EmailChannel;
  private readonly http: OutboundHttp;

  constructor(
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    intake: IntakeClient,
  ) {
    const { timeoutMs, connectTimeoutMs, endpointConcurrency } = settings.delivery;
    // SMS goes through the guarded client: public destinations only, unless WEBHOOK_ALLOWED_HOSTS names them.
    this.http = new OutboundHttp(new DestinationPolicy(settings.allowedDestinations), {
      connectMs: connectTimeoutMs,
      responseMs: timeoutMs,
    });
    const enabled = new Set(settings.channels);
    if (enabled.has('email')) {
      if (settings.smtpUrl) {
        this.email = new EmailChannel(settings.smtpUrl, settings.mailFrom, {
          timeoutMs,
          messagesPerConnection: settings.smtpMessagesPerConnection,
          connections: endpointConcurrency,
        });
      }
      this.senders.email = this.email ?? new LogOnlyChannel('email', 'SMTP_URL');
    }
    if (enabled.has('sms'))
      this.senders.sms = settings.smsGatewayUrl
        ? new SmsChannel(settings.smsGatewayUrl, this.http)
        : new LogOnlyChannel('sms', 'SMS_GATEWAY_URL');
    // Intake sends it on to the callbackUrl (guarded there), within its own DELIVERY_* timeouts: wait as long.
    if (enabled.has('webhook')) this.senders.webhook = new WebhookChannel(intake, timeoutMs + 2 * connectTimeoutMs);
  }

  deliver(message: OutgoingMessage): Promise<Transport> {
    const sender = this.senders[message.channel];
    if (!sender) {
      return Promise.reject(
        Object.assign(new Error(`${message.channel} is not among CHANNELS (${this.settings.channels.join(',')})`), {
          permanent: true,
        }),
      );
    }
    if (!message.recipient) return Promise.reject(new Error(`no ${message.channel} address`));
    return sender.deliver(message);
  }

  onModuleDestroy(): void {
    this.email?.close();
    this.http.close();
  }
}
