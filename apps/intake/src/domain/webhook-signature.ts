import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header of a signed delivery, in Stripe's form, so receivers can reuse what they know. */
export const SIGNATURE_HEADER = 'redress-signature';
/** The delivery's event id, also in the body: the same on every retry and redelivery, for deduplication. */
export const EVENT_ID_HEADER = 'redress-event-id';

/**
 * A client's signing secret: HMAC-SHA256 of its stored nonce under the deployment's WEBHOOK_SIGNING_KEY. The nonce
 * alone (what a database dump holds) gives nothing; a new nonce is a new secret.
 */
export function deriveSigningSecret(signingKey: string, nonce: string): string {
  return `whsec_${createHmac('sha256', signingKey).update(nonce, 'utf8').digest('base64url')}`;
}

/** Hex HMAC-SHA256 of `<t>.<body>`. */
export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/**
 * `t=<unix seconds>,v1=<hex>[,v1=<hex>]`: one v1 per secret that is valid now (two while a rotation overlaps), so a
 * receiver holding either verifies. The timestamp is signed, so a receiver can refuse replays of old deliveries.
 */
export function signatureHeader(secrets: string[], timestamp: number, body: string): string {
  return [`t=${timestamp}`, ...secrets.map((secret) => `v1=${signatureOf(secret, timestamp, body)}`)].join(',');
}

/** What a receiver does: some v1 matches with its secret and t is within `toleranceSeconds` of its clock. */
export function verifySignatureHeader(
  secret: string,
  header: string,
  body: string,
  now: Date,
  toleranceSeconds = 300,
): boolean {
  const parts = header.split(',').map((part) => part.split('='));
  const timestamp = Number(parts.find(([name]) => name === 't')?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureOf(secret, timestamp, body));
  return parts
    .filter(([name]) => name === 'v1')
    .some(([, value]) => {
      const given = Buffer.from(value ?? '');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
