import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys and bearer tokens are 32 random bytes, so a plain SHA-256 is enough to store them: there is no
 * low-entropy secret to brute-force, and a lookup by hash stays one indexed query.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new secret with a readable prefix saying what it is for (`rk_` API key, `rm_` member, ...). */
export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a CLI argument naming a holder of a token is its id (a UUID) rather than its name. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}
