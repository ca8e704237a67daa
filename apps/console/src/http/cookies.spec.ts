import { parseCookies, serializeCookie } from './cookies';

describe('cookies', () => {
  it('reads each cookie once, decoded, and skips malformed parts', () => {
    expect(parseCookies('a=1; b=x%20y; a=2; junk; c=%E0%A4%A')).toEqual({ a: '1', b: 'x y' });
    expect(parseCookies(undefined)).toEqual({});
  });

  it('writes HttpOnly, SameSite and Secure as asked', () => {
    expect(serializeCookie('s', 'v 1', { maxAgeSeconds: 60, httpOnly: true, secure: true })).toBe(
      's=v%201; Path=/; Max-Age=60; SameSite=Lax; HttpOnly; Secure',
    );
    expect(serializeCookie('lang', 'ru', { maxAgeSeconds: 0, httpOnly: false, secure: false })).toBe(
      'lang=ru; Path=/; Max-Age=0; SameSite=Lax',
    );
  });
});
