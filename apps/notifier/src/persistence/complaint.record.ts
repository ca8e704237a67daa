import { Channel } from '@redress/contracts';
import { ContactWindow } from '../domain/contact-window';
import { Locale } from '../domain/locale';
import { Dissatisfaction } from '@redress/contracts';

/** A complaint as the notifier knows it (notifier.complaints), read with `COMPLAINT_COLUMNS`. */
export interface KnownComplaint {
  id: string;
  reference: string;
  /** Null once the customer was erased (`erased`). */
  addressAs: string | null;
  phone: string | null;
  email: string | null;
  timezone: string | null;
  window: ContactWindow | null;
  preferredChannel: Channel | null;
  locale: Locale;
  dissatisfaction: Dissatisfaction;
  order: { amount: number; currency: string } | null;
  claimed: { amount: number; currency: string } | null;
  callbackUrl: string | null;
  rootCauseId: string | null;
  /** The customer's data was erased: nothing more is sent for this complaint. */
  erased: boolean;
}

export const COMPLAINT_COLUMNS = `id, reference, address_as, phone, email, timezone, window_from, window_to, preferred_channel, locale,
  dissatisfaction, order_amount, order_currency, claimed_amount, claimed_currency, callback_url, root_cause_id, erased_at`;

export function toKnownComplaint(row: Record<string, any>): KnownComplaint {
  return {
    id: row.id,
    reference: row.reference,
    addressAs: row.address_as,
    phone: row.phone,
    email: row.email,
    timezone: row.timezone,
    window: row.window_from ? { from: row.window_from, to: row.window_to } : null,
    preferredChannel: row.preferred_channel,
    locale: row.locale,
    dissatisfaction: row.dissatisfaction,
    order: row.order_amount === null ? null : { amount: Number(row.order_amount), currency: row.order_currency },
    claimed:
      row.claimed_amount === null ? null : { amount: Number(row.claimed_amount), currency: row.claimed_currency },
    callbackUrl: row.callback_url,
    rootCauseId: row.root_cause_id,
    erased: row.erased_at !== null && row.erased_at !== undefined,
  };
}
