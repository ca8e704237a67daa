import { createHmac } from 'node:crypto';
import { deriveSigningSecret, signatureHeader, verifySignatureHeader } from './webhook-signature';

describe('webhook signatures', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  const t = Math.floor(now.getTime() / 1000);
  const body = '{"id":"e1"}';

  it('derives a secret per nonce that the nonce alone does not give', () => {
    const secret = deriveSigningSecret('k'.repeat(32), 'nonce-1');
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(deriveSigningSecret('k'.repeat(32), 'nonce-1')).toBe(secret);
    expect(deriveSigningSecret('k'.repeat(32), 'nonce-2')).not.toBe(secret);
    expect(deriveSigningSecret('other-key'.repeat(4), 'nonce-1')).not.toBe(secret);
  });

  it('signs "t.body" with HMAC-SHA256 in the Stripe form, one v1 per valid secret', () => {
    const hex = (secret: string) => createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signatureHeader(['a'], t, body)).toBe(`t=${t},v1=${hex('a')}`);
    expect(signatureHeader(['new', 'old'], t, body)).toBe(`t=${t},v1=${hex('new')},v1=${hex('old')}`);
  });

  it('verifies with any of the secrets signed with, not another, and not a stale or altered delivery', () => {
    const header = signatureHeader(['new', 'old'], t, body);
    expect(verifySignatureHeader('new', header, body, now)).toBe(true);
    expect(verifySignatureHeader('old', header, body, now)).toBe(true);
    expect(verifySignatureHeader('someone-else', header, body, now)).toBe(false);
    expect(verifySignatureHeader('new', header, '{"id":"e2"}', now)).toBe(false);
    expect(verifySignatureHeader('new', header, body, new Date(now.getTime() + 301_000))).toBe(false);
    expect(verifySignatureHeader('new', 'v1=abc', body, now)).toBe(false);
  });
});
