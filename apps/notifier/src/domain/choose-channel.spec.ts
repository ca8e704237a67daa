import { chooseChannel, fallbackChannel } from './choose-channel';

describe('chooseChannel', () => {
  it('uses the preferred channel when the customer can be reached on it', () => {
    expect(chooseChannel({ preferredChannel: 'sms', hasEmail: true })).toBe('sms');
    expect(chooseChannel({ preferredChannel: 'webhook', hasCallbackUrl: true })).toBe('webhook');
  });

  it('falls back to email, then SMS, when the preferred channel has no address', () => {
    expect(chooseChannel({ preferredChannel: 'webhook', hasEmail: true })).toBe('email');
    expect(chooseChannel({ preferredChannel: 'email' })).toBe('sms');
    expect(chooseChannel({})).toBe('sms');
  });

  it('chooses only among the channels the deployment delivers on', () => {
    expect(chooseChannel({ preferredChannel: 'sms', hasEmail: true }, ['email', 'webhook'])).toBe('email');
    expect(chooseChannel({ preferredChannel: 'email', hasEmail: true }, ['sms'])).toBe('sms');
  });

  it('keeps the usual choice when no enabled channel reaches the customer, so its failure is recorded', () => {
    expect(chooseChannel({}, ['email', 'webhook'])).toBe('sms');
    expect(chooseChannel({ preferredChannel: 'webhook', hasCallbackUrl: true }, ['email'])).toBe('webhook');
  });
});

describe('fallbackChannel', () => {
  it('sends a failed email by SMS, and a failed SMS by email when there is an address', () => {
    expect(fallbackChannel('email', { hasEmail: true })).toBe('sms');
    expect(fallbackChannel('sms', { hasEmail: true })).toBe('email');
    expect(fallbackChannel('sms', {})).toBeNull();
  });

  it('has none for webhooks, which reach a client system rather than the customer', () => {
    expect(fallbackChannel('webhook', { hasEmail: true, hasCallbackUrl: true })).toBeNull();
  });
});
