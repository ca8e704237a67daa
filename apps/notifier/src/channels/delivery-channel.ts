import { Channel, NotificationKind, Transport } from '@redress/contracts';

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

/**
 * Where notifications leave the system; it answers with the transport that accepted the message (recorded with it).
 * A thrown error is a failed attempt, retried with backoff, unless it is permanent (see `isPermanentFailure`).
 */
export interface DeliveryChannel {
  deliver(message: OutgoingMessage): Promise<Transport>;
}

export const DELIVERY_CHANNEL = Symbol('DELIVERY_CHANNEL');

/**
 * Whether a send's error means retrying cannot help, so the message is failed at once: an error carrying
 * `permanent: true`, or a destination refused by policy (`RefusedDestination`, thrown by the webhook and SMS
 * channels). It does not count against the endpoint's circuit breaker either.
 */
export function isPermanentFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  return (error as { permanent?: unknown }).permanent === true || (error as Error).name === 'RefusedDestination';
}
