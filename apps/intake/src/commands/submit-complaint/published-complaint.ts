import { ComplaintReceivedData, identityOf, redactText } from '@redress/contracts';

/**
 * What `complaint.received` says of a complaint as filed (version 2, ADR 0009): nothing that identifies the customer.
 * The name, form of address, phone and email, the external ref and the callbackUrl stay in intake; the text goes out
 * with the customer's own phone, email and name taken out; the customer keeps only what decides when and how they are
 * reached, with `hasEmail` and `hasCallbackUrl` for the notifier's choice of channel.
 */
export function publishedComplaint(filed: ComplaintReceivedData): ComplaintReceivedData {
  const { customer, externalRef: _ref, callbackUrl, text, ...rest } = filed;
  const reach = customer && {
    ...(customer.timezone ? { timezone: customer.timezone } : {}),
    ...(customer.contactWindow ? { contactWindow: customer.contactWindow } : {}),
    ...(customer.preferredChannel ? { preferredChannel: customer.preferredChannel } : {}),
    ...(customer.locale ? { locale: customer.locale } : {}),
    hasEmail: !!customer.email,
  };
  return {
    ...rest,
    ...(reach ? { customer: reach } : {}),
    text: redactText(text, identityOf(customer)),
    ...(callbackUrl ? { hasCallbackUrl: true } : {}),
  };
}
