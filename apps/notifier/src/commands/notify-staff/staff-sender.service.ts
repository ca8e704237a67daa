import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DestinationPolicy, isProduction, OutboundHttp } from '@redress/platform';
import { EmailChannel } from '../../channels/email.channel';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';

/** One staff message on its way out. */
export interface StaffMessage {
  id: string;
  channel: 'email' | 'chat';
  recipient: string;
  subject: string;
  body: string;
}

/**
 * Sends staff messages: email through SMTP_URL (its own pooled connections, so staff mail does not queue behind
 * customers'), chat as a Slack- and Teams-compatible incoming-webhook POST of `{ "text": ... }` through the outbound
 * guard (public addresses only, unless WEBHOOK_ALLOWED_HOSTS names them; a refused address fails at once). Without
 * SMTP_URL emails are logged, not sent (in production they fail for good, so the row says why).
 */
@Injectable()
export class StaffSender implements OnModuleDestroy {
  private readonly logger = new Logger('staff-notices');
  private readonly email: EmailChannel | null;
  private readonly http: OutboundHttp;
  private readonly production: boolean;

  constructor(@Inject(NOTIFIER_SETTINGS) settings: NotifierSettings) {
    const { timeoutMs, connectTimeoutMs, endpointConcurrency } = settings.delivery;
    this.http = new OutboundHttp(new DestinationPolicy(settings.allowedDestinations), {
      connectMs: connectTimeoutMs,
      responseMs: timeoutMs,
    });
    this.production = isProduction(process.env);
    this.email = settings.smtpUrl
      ? new EmailChannel(settings.smtpUrl, settings.mailFrom, {
          timeoutMs,
          messagesPerConnection: settings.smtpMessagesPerConnection,
          connections: endpointConcurrency,
        })
      : null;
  }

  async send(message: StaffMessage): Promise<void> {
    if (message.channel === 'chat') {
      const text = `*${message.subject}*\n${message.body}`;
      await this.http.post(
        message.recipient,
        JSON.stringify({ text }),
        { 'content-type': 'application/json' },
        'the chat webhook',
      );
      return;
    }
    if (!this.email && this.production)
      // A deployment without email (CHANNELS without it) still starts; its staff emails fail for good, visibly.
      throw Object.assign(new Error('no SMTP_URL: staff emails cannot be sent'), { permanent: true });
    if (!this.email) {
      this.logger.log(`staff email ${message.id} (no SMTP_URL: logged only, not sent)`);
      return;
    }
    await this.email.deliver({
      notificationId: message.id,
      recipient: message.recipient,
      subject: message.subject,
      text: message.body,
      locale: 'en',
    });
  }

  onModuleDestroy(): void {
    this.email?.close();
    this.http.close();
  }
}
