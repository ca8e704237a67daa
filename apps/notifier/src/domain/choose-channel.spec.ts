import { chooseChannel } from './choose-channel';

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
    expect(chooseChannel({ preferredChannel: 'webhook', callbackUrl: 'https://crm.example/hook' }, ['email'])).toBe('webhook');
  });
});
