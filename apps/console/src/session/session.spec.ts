import { homeOf, roleOfToken } from './session';

describe('roleOfToken', () => {
  it.each([
    ['rm_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'member'],
    ['ro_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'owner'],
    ['rs_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'supervisor'],
    ['rp_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'ops'],
    ['ra_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'admin'],
  ])('knows %s as a %s token', (token, role) => {
    expect(roleOfToken(token)).toBe(role);
    expect(homeOf(roleOfToken(token)!)).toMatch(/^\//);
  });

  it.each([
    'rk_abcdefghijklmnopqrstuvwxyz0123456789',
    'rm_short',
    'rm_has space in the middle of it ok',
    '',
    'rm_abc/def/ghijklmnopqrstuvwxyz',
  ])('refuses %p', (token) => expect(roleOfToken(token)).toBeNull());
});
