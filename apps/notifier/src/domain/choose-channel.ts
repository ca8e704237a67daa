import { Channel, CHANNELS } from '@redress/contracts';

export interface Reachability {
  preferredChannel?: Channel;
  email?: string;
  callbackUrl?: string;
}

/**
 * Among the channels the deployment delivers on (`enabled`, CHANNELS): the customer's preferred channel when it can be
 * used, else email when there is an address, else SMS, which can always be used because the phone is mandatory. When
 * no enabled channel reaches the customer, the channel that would have been chosen: its message then fails, recorded.
 */
export function chooseChannel(customer: Reachability, enabled: readonly Channel[] = CHANNELS): Channel {
  const usable: Record<Channel, boolean> = { email: !!customer.email, sms: true, webhook: !!customer.callbackUrl };
  const candidates = [customer.preferredChannel, 'email', 'sms'].filter((channel): channel is Channel => !!channel && usable[channel as Channel]);
  return candidates.find((channel) => enabled.includes(channel)) ?? candidates[0];
}
