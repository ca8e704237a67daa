import { requestFingerprint } from './request-fingerprint';

describe('requestFingerprint', () => {
  it('is the same for the same body in another key order', () => {
    expect(requestFingerprint({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(
      requestFingerprint({ b: { d: 'x', c: [1, 2] }, a: 1 }),
    );
  });

  it('differs when any value differs, including array order', () => {
    const base = requestFingerprint({ a: 1, b: [1, 2] });
    expect(requestFingerprint({ a: 2, b: [1, 2] })).not.toBe(base);
    expect(requestFingerprint({ a: 1, b: [2, 1] })).not.toBe(base);
    expect(requestFingerprint({ a: '1', b: [1, 2] })).not.toBe(base);
  });

  it('ignores absent optional fields', () => {
    expect(requestFingerprint({ a: 1, b: undefined })).toBe(requestFingerprint({ a: 1 }));
  });
});
