import { redactContacts } from './delivery.job';

describe('redactContacts', () => {
  it('keeps addresses and phone numbers out of logged transport errors', () => {
    expect(
      redactContacts(
        '550 5.1.1 <z.abc@example.com>: user unknown; +7 999 000-11-22 refused; connect ECONNREFUSED 127.0.0.1:2525',
      ),
    ).toBe('550 5.1.1 <<address>>: user unknown; <phone> refused; connect ECONNREFUSED 127.0.0.1:2525');
  });
});
