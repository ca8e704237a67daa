import { Channel } from '@redress/contracts';

export interface Reachability {
  preferredChannel?: Channel;
  email?: string;
  callbackUrl?: string;
}

/**
 * The customer's preferred channel when it can be used, else email when there is an address, else SMS,
 * which always works because the phone is mandatory.
 */
export function chooseChannel(customer: Reachability): Channel {
  const usable: Record<Channel, boolean> = { email: !!customer.email, sms: true, webhook: !!customer.callbackUrl };
  if (customer.preferredChannel && usable[customer.preferredChannel]) return customer.preferredChannel;
  return usable.email ? 'email' : 'sms';
}
