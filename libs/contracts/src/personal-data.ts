/**
 * Recognising a customer's personal data in free text, shared by intake (erasure redacts its copy of the text) and
 * triage (which keeps only text with the customer's own identity taken out). Pure: no framework.
 */
/** What identifies a customer in a complaint as filed (the `customer` object and the external ref). */
export interface CustomerIdentity {
  name?: string;
  formOfAddress?: string;
  phone?: string;
  email?: string;
}

/** What an erased complaint keeps in place of its customer: nothing that points at the person. */
export const ERASED_CUSTOMER = Object.freeze({ erased: true });

export const REDACTED = '[erased]';

/** Exactly one way to name the customer whose data is erased or exported. */
export type CustomerSelector = { phone: string } | { email: string } | { externalRef: string };

/**
 * The complaint text with the customer's phone, email and name taken out. A phone is found however it was typed
 * (`+7 916 123-45-67`, `8 (916) 1234567`): its last ten digits with any spaces, dashes, dots or brackets between them,
 * and the country code or trunk prefix before them. Names are matched as whole words, ignoring case.
 */
export function redactText(text: string, identity: CustomerIdentity): string {
  let redacted = text;
  for (const pattern of patternsOf(identity)) redacted = redacted.replace(pattern, REDACTED);
  return redacted;
}

function patternsOf(identity: CustomerIdentity): RegExp[] {
  const patterns: RegExp[] = [];
  if (identity.email) patterns.push(new RegExp(escape(identity.email), 'giu'));
  if (identity.phone) {
    const digits = identity.phone.replace(/\D/g, '');
    if (digits.length >= 7) {
      const national = digits.slice(-10);
      const prefix = digits.slice(0, digits.length - national.length);
      const separators = '[\\s().-]*';
      const lead = `(?:(?:\\+?${prefix || ''}|8)${separators})?\\(?`;
      patterns.push(new RegExp(`(?<![\\d+])${lead}${[...national].join(separators)}(?!\\d)`, 'gu'));
    }
  }
  const names = [identity.name, identity.formOfAddress].filter((name): name is string => !!name?.trim());
  // The whole name first, then each of its words (a surname alone, a first name alone).
  for (const name of names) patterns.push(wholeWords(name.trim()));
  const words = new Set(names.flatMap((name) => name.match(/\p{L}[\p{L}'-]+/gu) ?? []));
  for (const word of [...words].sort((a, b) => b.length - a.length)) patterns.push(wholeWords(word));
  return patterns;
}

function wholeWords(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The identity to redact with: the complaint's own customer plus whatever the request named (a request by email
 * also takes out the phone the complaint carries, and the other way round).
 */
export function identityOf(customer: unknown): CustomerIdentity {
  if (!customer || typeof customer !== 'object') return {};
  const { name, formOfAddress, phone, email } = customer as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { name: text(name), formOfAddress: text(formOfAddress), phone: text(phone), email: text(email) };
}

/** Splits complaint ids into parts of at most `size`, in order. */
export function inParts<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}
