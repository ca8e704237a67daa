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

/**
 * Where a message that failed for good by email or SMS goes instead: SMS (the phone is mandatory) for an email, email
 * for an SMS when the customer gave an address. Webhooks reach a client system, not the customer: none.
 */
export function fallbackChannel(failed: Channel, customer: Reachability): Channel | null {
  if (failed === 'email') return 'sms';
  if (failed === 'sms') return customer.email ? 'email' : null;
  return null;
}
