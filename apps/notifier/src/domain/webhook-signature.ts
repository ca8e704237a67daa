import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of a signed webhook: the receiver recomputes the HMAC over `<timestamp>.<body>` with the shared secret. */
export const SIGNATURE_HEADER = 'x-redress-signature';
export const TIMESTAMP_HEADER = 'x-redress-timestamp';
export const DELIVERY_HEADER = 'x-redress-delivery';

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`; the timestamp (Unix seconds) is signed so a replay shows. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** What a receiver does: the signature matches and the timestamp is within `toleranceSeconds` of its clock. */
export function verifyWebhook(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
  now: Date,
  toleranceSeconds = 300,
): boolean {
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(now.getTime() / 1000 - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, seconds, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Delay before retry `attempt` (1 = the first retry): `base`, then doubling, at most `max`. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs = 3_600_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
