import { chooseChannel, fallbackChannel } from './choose-channel';

describe('chooseChannel', () => {
  it('uses the preferred channel when the customer can be reached on it', () => {
    expect(chooseChannel({ preferredChannel: 'sms', email: 'a@example.com' })).toBe('sms');
    expect(chooseChannel({ preferredChannel: 'webhook', callbackUrl: 'https://crm.example/hook' })).toBe('webhook');
  });

  it('falls back to email, then SMS, when the preferred channel has no address', () => {
    expect(chooseChannel({ preferredChannel: 'webhook', email: 'a@example.com' })).toBe('email');
    expect(chooseChannel({ preferredChannel: 'email' })).toBe('sms');
    expect(chooseChannel({})).toBe('sms');
  });

  it('chooses only among the channels the deployment delivers on', () => {
    expect(chooseChannel({ preferredChannel: 'sms', email: 'a@example.com' }, ['email', 'webhook'])).toBe('email');
    expect(chooseChannel({ preferredChannel: 'email', email: 'a@example.com' }, ['sms'])).toBe('sms');
  });

  it('keeps the usual choice when no enabled channel reaches the customer, so its failure is recorded', () => {
    expect(chooseChannel({}, ['email', 'webhook'])).toBe('sms');
    expect(chooseChannel({ preferredChannel: 'webhook', callbackUrl: 'https://crm.example/hook' }, ['email'])).toBe(
      'webhook',
    );
  });
});

describe('fallbackChannel', () => {
  it('sends a failed email by SMS, and a failed SMS by email when there is an address', () => {
    expect(fallbackChannel('email', { email: 'a@example.com' })).toBe('sms');
    expect(fallbackChannel('sms', { email: 'a@example.com' })).toBe('email');
    expect(fallbackChannel('sms', {})).toBeNull();
  });

  it('has none for webhooks, which reach a client system rather than the customer', () => {
    expect(fallbackChannel('webhook', { email: 'a@example.com', callbackUrl: 'https://crm.example/hook' })).toBeNull();
  });
});
