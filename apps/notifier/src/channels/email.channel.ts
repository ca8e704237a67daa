import { Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { OutgoingMessage } from './delivery-channel';

/** Email over SMTP (nodemailer); without SMTP_URL the message is written to the service log instead. */
export class EmailChannel {
  private readonly logger = new Logger('email');
  private readonly transport: Transporter;

  constructor(
    private readonly smtpUrl: string | null,
    private readonly from: string,
    connection: SmtpConnectionOptions,
  ) {
    this.transport = smtpUrl ? createTransport(smtpOptions(smtpUrl, connection)) : createTransport({ jsonTransport: true });
  }

  async deliver(message: OutgoingMessage): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.from,
      to: message.recipient,
      subject: message.subject,
      text: message.text,
      headers: { 'X-Redress-Notification': message.notificationId, 'Content-Language': message.locale },
    });
    if (!this.smtpUrl) this.logger.log(`[${message.complaintId}] ${message.kind} email ${message.notificationId} (no SMTP_URL: not sent anywhere)`);
    else if ((info.rejected ?? []).length > 0) throw new Error('the server refused the recipient');
  }

  close(): void {
    this.transport.close();
  }
}

export interface SmtpConnectionOptions {
  timeoutMs: number;
  messagesPerConnection: number;
}

/** smtp://user:password@host:port (STARTTLS when offered) or smtps:// (TLS from the start), pooled. */
function smtpOptions(smtpUrl: string, { timeoutMs, messagesPerConnection }: SmtpConnectionOptions) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    pool: true as const,
    maxConnections: 4,
    // nodemailer replaces a connection after this many messages (its default: 100), and the pool then pauses 100 ms
    // before it sends anything queued: at 100 emails a second that stalled about 2 % of them by 100-150 ms.
    maxMessages: messagesPerConnection,
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  };
}
