import { Channel, CHANNELS } from '@redress/contracts/vocabulary';

/** What the choice needs to know, not who the customer is: whether there is an email address and a callbackUrl. */
export interface Reachability {
  preferredChannel?: Channel;
  hasEmail?: boolean;
  hasCallbackUrl?: boolean;
}

/**
 * Among the channels the deployment delivers on (`enabled`, CHANNELS): the customer's preferred channel when it can be
 * used, else email when there is an address, else SMS, which can always be used because the phone is mandatory. When
 * no enabled channel reaches the customer, the channel that would have been chosen: its message then fails, recorded.
 */
export function chooseChannel(customer: Reachability, enabled: readonly Channel[] = CHANNELS): Channel {
  const usable: Record<Channel, boolean> = {
    email: !!customer.hasEmail,
    sms: true,
    webhook: !!customer.hasCallbackUrl,
  };
  const candidates = [customer.preferredChannel, 'email', 'sms'].filter(
    (channel): channel is Channel => !!channel && usable[channel as Channel],
  );
  return candidates.find((channel) => enabled.includes(channel)) ?? candidates[0];
}

/**
 * Where a message that failed for good by email or SMS goes instead: SMS (the phone is mandatory) for an email, email
 * for an SMS when the customer gave an address. Webhooks reach a client system, not the customer: none.
 */
export function fallbackChannel(failed: Channel, customer: Reachability): Channel | null {
  if (failed === 'email') return 'sms';
  if (failed === 'sms') return customer.hasEmail ? 'email' : null;
  return null;
}
