import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Session } from './session';

/**
 * The session travels in the cookie, sealed with AES-256-GCM: the browser cannot read the token inside or change
 * anything without the seal breaking, and any console replica with the same secret can open it (no session store).
 */
export class SessionSeal {
  private readonly key: Buffer;
  private readonly csrfKey: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`session:${secret}`).digest();
    this.csrfKey = createHash('sha256').update(`csrf:${secret}`).digest();
  }

  seal(session: Session): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(session), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  /** The session, or null when the value was tampered with, sealed with another secret, or has expired. */
  open(value: string, now = Date.now()): Session | null {
    const bytes = Buffer.from(value, 'base64url');
    if (bytes.length < 29) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      const session = JSON.parse(
        Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8'),
      ) as Session;
      return session.expiresAt > now ? session : null;
    } catch {
      return null;
    }
  }

  /** The CSRF token every form of this session carries. */
  csrfToken(session: Session): string {
    return createHmac('sha256', this.csrfKey).update(session.nonce).digest('base64url');
  }

  checkCsrf(session: Session, token: unknown): boolean {
    if (typeof token !== 'string') return false;
    const expected = Buffer.from(this.csrfToken(session));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  static newNonce(): string {
    return randomBytes(16).toString('base64url');
  }
}
