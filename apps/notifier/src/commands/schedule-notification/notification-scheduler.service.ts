import { Inject, Injectable } from '@nestjs/common';
import { Channel } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { chooseChannel, fallbackChannel, Reachability } from '../../domain/choose-channel';
import { nextContactTime, windowFor } from '../../domain/contact-window';
import { ADDRESS_PLACEHOLDER, MessageFacts, renderMessage } from '../../domain/messages';
import { capSms } from '../../domain/sms-length';
import { ChannelMessage } from '../../persistence/channel-message';
import { KnownComplaint } from '../../persistence/complaint-record';
import { insertNotification } from '../../persistence/notification.store';
import { StatusLinks } from '../../queries/get-status/status-links.service';

/**
 * Writes a notification as `scheduled` in the caller's transaction, rendered for the customer's channel and
 * language, due now or (email, SMS) at the next start of the customer's contact window. The delivery worker sends it.
 * An email or SMS also keeps the message rendered for the other of the two, sent instead if it fails for good.
 * One notification per complaint and causing event: a second call for the same pair writes nothing.
 Each message carries a status link of its own.
 */
@Injectable()
export class NotificationScheduler {
  constructor(
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    private readonly statusLinks: StatusLinks,
  ) {}

  async schedule(
    tx: Transaction,
    complaint: KnownComplaint,
    causeEventId: string,
    facts: MessageFacts,
    now = new Date(),
  ): Promise<string | null> {
    // An erased customer can no longer be reached, and is not to be.
    if (complaint.erased) return null;
    const reachability: Reachability = {
      preferredChannel: complaint.preferredChannel ?? undefined,
      hasEmail: complaint.hasEmail,
      hasCallbackUrl: complaint.hasCallbackUrl,
    };
    const channel = chooseChannel(reachability, this.settings.channels);
    const fallbackTo = fallbackChannel(channel, reachability);
    const other = fallbackTo && this.settings.channels.includes(fallbackTo) ? fallbackTo : null;
    const timeZone = complaint.timezone ?? this.settings.defaultTimezone;
    // Client systems take webhooks at any hour; a person is contacted only inside their window (or the default one).
    const due = nextContactTime(now, windowFor(channel, complaint.window, this.settings), timeZone);
    const link = this.statusLinks.newLink();
    const message = this.render(facts, complaint, timeZone, channel, link.url);
    const fallback = other ? this.render(facts, complaint, timeZone, other, link.url) : null;
    const id = await insertNotification(tx.manager, {
      id: randomUUID(),
      complaintId: complaint.id,
      causeEventId,
      rootCauseId: complaint.rootCauseId,
      kind: facts.kind,
      channel,
      due,
      recipient: message.recipient,
      locale: complaint.locale,
      subject: message.subject,
      body: message.body,
      fallback,
      statusLinkHash: link.tokenHash,
    });
    return id;
  }

  /**
   * The message for one channel; an SMS no longer than SMS_MAX_SEGMENTS, ending with the message's link when cut.
   * Without the customer's identity (ADR 0009): the form of address is a placeholder and an email or SMS has no
   * recipient yet, both asked of intake when it is sent; a webhook goes through intake, queued per client system.
   */
  private render(
    facts: MessageFacts,
    complaint: KnownComplaint,
    timeZone: string,
    channel: Channel,
    statusUrl: string,
  ): ChannelMessage {
    const message = renderMessage(
      facts,
      { addressAs: ADDRESS_PLACEHOLDER, locale: complaint.locale, timeZone },
      channel,
      statusUrl,
    );
    const recipient = channel === 'webhook' ? `client://${complaint.clientSystem}` : null;
    const body = channel === 'sms' ? capSms(message.text, this.settings.smsMaxSegments, message.link) : message.text;
    return { channel, recipient, subject: message.subject, body };
  }
}
