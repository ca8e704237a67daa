import { homeOf, roleOfToken } from './session';

describe('roleOfToken', () => {
  it.each([
    ['rm_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'member'],
    ['ro_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'owner'],
    ['rs_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'supervisor'],
    ['rp_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'ops'],
    ['ra_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'admin'],
    ['rn_abcdefghijklmnopqrstuvwxyz0123456789-_ab', 'notifier-admin'],
    // ESCALATION_ADMIN_TOKEN: any shape escalation accepts, which never starts like the others.
    ['admin-6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', 'escalation-admin'],
  ])('knows %s as a %s token', (token, role) => {
    expect(roleOfToken(token)).toBe(role);
    expect(homeOf(roleOfToken(token)!)).toMatch(/^\//);
  });

  it.each([
    'rk_abcdefghijklmnopqrstuvwxyz0123456789',
    'rx_abcdefghijklmnopqrstuvwxyz0123456789',
    'too-short-token',
    'rm_short',
    'rm_has space in the middle of it ok',
    '',
    'rm_abc/def/ghijklmnopqrstuvwxyz',
  ])('refuses %p', (token) => expect(roleOfToken(token)).toBeNull());
});
