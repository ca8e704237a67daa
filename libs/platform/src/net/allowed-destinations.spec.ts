import { AllowedDestinations, readAllowedDestinations } from './allowed-destinations';

describe('AllowedDestinations', () => {
  const allowed = AllowedDestinations.parse(
    ' 127.0.0.1, 10.20.0.0/16 ,sms-gateway.internal, ::1, fd00:abcd::/32, Hooks.Example. ,',
  );

  it.each([
    ['127.0.0.1', true],
    ['127.0.0.2', false],
    ['10.20.3.4', true],
    ['10.21.0.1', false],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:10.20.0.9', true],
    ['::ffff:10.21.0.9', false],
    ['fd00:abcd::5', true],
    ['fd00:abce::5', false],
  ])('address %s allowed: %p', (address, expected) => expect(allowed.allowsAddress(address)).toBe(expected));

  it.each([
    ['sms-gateway.internal', true],
    ['SMS-Gateway.Internal.', true],
    ['hooks.example', true],
    ['other.internal', false],
    ['gateway.internal', false],
    ['evil-sms-gateway.internal', false],
  ])('name %s allowed: %p', (name, expected) => expect(allowed.allowsName(name)).toBe(expected));

  it('allows nothing when empty', () => {
    const none = AllowedDestinations.parse('');
    expect(none.allowsAddress('127.0.0.1')).toBe(false);
    expect(none.allowsName('localhost')).toBe(false);
  });

  it.each([
    '10.0.0.0/33',
    '::1/129',
    '10.0.0.0/8/1',
    '10.0.0.0/x',
    '10.0.0.0/',
    '300.1.1.1',
    '127.1',
    '2130706433',
    'foo_bar',
    'exa mple.com',
    '-bad.example',
    'host/24',
    'fe80::zz',
  ])('refuses the entry %p naming the setting', (entry) => {
    expect(() => readAllowedDestinations({ WEBHOOK_ALLOWED_HOSTS: `127.0.0.1,${entry}` })).toThrow(
      /^setting WEBHOOK_ALLOWED_HOSTS: .+ is not/,
    );
  });
});
