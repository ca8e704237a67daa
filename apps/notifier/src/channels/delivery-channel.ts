import { Channel, NotificationKind } from '@redress/contracts';

/** A notification on its way out, as stored when it was scheduled. */
export interface OutgoingMessage {
  notificationId: string;
  complaintId: string;
  kind: NotificationKind;
  channel: Channel;
  /** Email address, E.164 phone or callback URL. */
  recipient: string;
  locale: string;
  subject: string;
  text: string;
}

/** Where notifications leave the system; a thrown error is a failed attempt, retried with backoff. */
export interface DeliveryChannel {
  deliver(message: OutgoingMessage): Promise<void>;
}

export const DELIVERY_CHANNEL = Symbol('DELIVERY_CHANNEL');
