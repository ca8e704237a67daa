import { Channel } from '@redress/contracts';
import { ContactWindow } from '../domain/contact-window';
import { Locale } from '../domain/locale';
import { REFERENCE_PLACEHOLDER } from '../domain/messages';
import { Dissatisfaction } from '@redress/contracts';

/** A complaint as the notifier knows it (notifier.complaints), read with `COMPLAINT_COLUMNS`. */
export interface KnownComplaint {
  id: string;
  reference: string;
  /** Whether the customer gave an email; the address itself stays with intake, asked for at send time (ADR 0009). */
  hasEmail: boolean;
  timezone: string | null;
  window: ContactWindow | null;
  preferredChannel: Channel | null;
  locale: Locale;
  dissatisfaction: Dissatisfaction;
  order: { amount: number; currency: string } | null;
  claimed: { amount: number; currency: string } | null;
  /** Whether the complaint has a callbackUrl; intake keeps it and sends the customer's webhooks. */
  hasCallbackUrl: boolean;
  /** The client system that filed it (its webhooks' queue and circuit). */
  clientSystem: string;
  rootCauseId: string | null;
  /** The customer's data was erased: nothing more is sent for this complaint. */
  erased: boolean;
}

export const COMPLAINT_COLUMNS = `id, reference, has_email, timezone, window_from, window_to, preferred_channel, locale,
  dissatisfaction, order_amount, order_currency, claimed_amount, claimed_currency, has_callback_url, client_system, root_cause_id, erased_at`;

export function toKnownComplaint(row: Record<string, any>): KnownComplaint {
  return {
    id: row.id,
    // Quoted in messages as a placeholder: the client's reference stays in intake, put in when the message is sent.
    reference: REFERENCE_PLACEHOLDER,
    hasEmail: row.has_email === true,
    timezone: row.timezone,
    window: row.window_from ? { from: row.window_from, to: row.window_to } : null,
    preferredChannel: row.preferred_channel,
    locale: row.locale,
    dissatisfaction: row.dissatisfaction,
    order: row.order_amount === null ? null : { amount: Number(row.order_amount), currency: row.order_currency },
    claimed:
      row.claimed_amount === null ? null : { amount: Number(row.claimed_amount), currency: row.claimed_currency },
    hasCallbackUrl: row.has_callback_url === true,
    clientSystem: row.client_system ?? '',
    rootCauseId: row.root_cause_id,
    erased: row.erased_at !== null && row.erased_at !== undefined,
  };
}
