import { Channel } from '@redress/contracts';

/** A message rendered for one channel, as `notifier.notifications.fallback` keeps the one for the other channel. */
export interface ChannelMessage {
  channel: Channel;
  recipient: string | null;
  subject: string;
  body: string;
}
