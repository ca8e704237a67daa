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
});
