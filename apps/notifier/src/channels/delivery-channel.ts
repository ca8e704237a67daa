import { Channel, NotificationKind } from '@redress/contracts';

export interface OutgoingMessage {
  notificationId: string;
  complaintId: string;
  kind: NotificationKind;
  channel: Channel;
}

/** Where notifications leave the system. */
export interface DeliveryChannel {
  deliver(message: OutgoingMessage): Promise<void>;
}

export const DELIVERY_CHANNEL = Symbol('DELIVERY_CHANNEL');
