import { Transport } from '@redress/contracts';
import { createTransport, Transporter } from 'nodemailer';
import { OutgoingMessage } from './delivery-channel';

/** Email over SMTP (nodemailer), pooled. */
export class EmailChannel {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    connection: SmtpConnectionOptions,
  ) {
    this.transport = createTransport(smtpOptions(smtpUrl, connection));
  }

  /** Staff notices use it too: it needs only the address, the texts, the language and an id for the header. */
  async deliver(
    message: Pick<OutgoingMessage, 'notificationId' | 'recipient' | 'subject' | 'text' | 'locale'> &
      Partial<OutgoingMessage>,
  ): Promise<Transport> {
    const info = await this.transport.sendMail({
      from: this.from,
      to: message.recipient,
      subject: message.subject,
      text: message.text,
      headers: { 'X-Redress-Notification': message.notificationId, 'Content-Language': message.locale },
    });
    if ((info.rejected ?? []).length > 0) throw new Error('the server refused the recipient');
    return 'smtp';
  }

  close(): void {
    this.transport.close();
  }
}

export interface SmtpConnectionOptions {
  timeoutMs: number;
  messagesPerConnection: number;
  /** As many as the messages the delivery worker may have on the wire to one endpoint (DELIVERY_ENDPOINT_CONCURRENCY). */
  connections: number;
}

/** smtp://user:password@host:port (STARTTLS when offered) or smtps:// (TLS from the start), pooled. */
function smtpOptions(smtpUrl: string, { timeoutMs, messagesPerConnection, connections }: SmtpConnectionOptions) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    pool: true as const,
    maxConnections: connections,
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
