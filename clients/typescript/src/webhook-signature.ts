import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a webhook's timestamp may be from the receiver's clock before it counts as a replay. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export interface VerifyOptions {
  /** Largest difference allowed between the signed timestamp and `now`, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The receiver's clock (for tests). */
  now?: Date;
}

/**
 * Whether a webhook came from Redress: `header` is the `Redress-Signature` header,
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, and `body` the request body exactly as received (before
 * any JSON parsing: re-serialising changes bytes). While a secret is being rotated the header carries one `v1` per
 * valid secret; any one of them matching the secret given is enough. A timestamp further than `toleranceSeconds`
 * from the clock is refused, so a captured request cannot be replayed later. Comparison is constant-time.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  body: string | Uint8Array,
  { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = new Date() }: VerifyOptions = {},
): boolean {
  const parsed = parseSignatureHeader(header);
  if (!parsed || secret.length === 0) return false;
  if (Math.abs(now.getTime() / 1000 - parsed.timestamp) > toleranceSeconds) return false;
  const expected = signature(secret, parsed.timestamp, body);
  return parsed.signatures.some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}

/** The header a sender writes for `body` at `timestamp` (Unix seconds), e.g. to test a receiver. */
export function signWebhook(secret: string, timestamp: number, body: string | Uint8Array): string {
  return `t=${timestamp},v1=${signature(secret, timestamp, body).toString('hex')}`;
}

function signature(secret: string, timestamp: number, body: string | Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
}

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/** `t` once, one or more well-formed `v1`; anything else (other schemes included) is ignored or refused. */
function parseSignatureHeader(header: string | null | undefined): { timestamp: number; signatures: Buffer[] } | null {
  if (!header || header.length > 2_000) return null;
  let timestamp: number | null = null;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2);
    if (key === 't') {
      if (timestamp !== null || !/^\d{1,12}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === 'v1' && HEX_SHA256.test(value)) signatures.push(Buffer.from(value, 'hex'));
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}
