import { Session } from './session';
import { SessionSeal } from './session-seal';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const session: Session = {
  nonce: 'n1',
  user: { role: 'owner', id: 'o1', name: 'Olga', department: 'logistics', level: 1, token: 'ro_secret' },
  expiresAt: Date.now() + 60_000,
};

describe('SessionSeal', () => {
  const seal = new SessionSeal(SECRET);

  it('opens what it sealed, and the token inside is not readable in the cookie', () => {
    const cookie = seal.seal(session);
    expect(seal.open(cookie)).toEqual(session);
    expect(Buffer.from(cookie, 'base64url').toString('latin1')).not.toContain('ro_secret');
  });

  it('refuses a tampered, foreign, truncated or expired cookie', () => {
    const cookie = seal.seal(session);
    const bytes = Buffer.from(cookie, 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(seal.open(bytes.toString('base64url'))).toBeNull();
    expect(new SessionSeal(`${SECRET}!`).open(cookie)).toBeNull();
    expect(seal.open(cookie.slice(0, 20))).toBeNull();
    expect(seal.open('')).toBeNull();
    expect(seal.open(cookie, session.expiresAt + 1)).toBeNull();
  });

  it('accepts the CSRF token of the same session only', () => {
    const token = seal.csrfToken(session);
    expect(seal.checkCsrf(session, token)).toBe(true);
    expect(seal.checkCsrf({ ...session, nonce: 'n2' }, token)).toBe(false);
    expect(seal.checkCsrf(session, undefined)).toBe(false);
    expect(seal.checkCsrf(session, `${token}x`)).toBe(false);
  });
});
