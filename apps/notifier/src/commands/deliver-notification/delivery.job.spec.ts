import { ClaimedNotification } from '../../persistence/notification.store';
import { endpointsFilled, redactContacts } from './delivery.job';

describe('redactContacts', () => {
  it('keeps addresses and phone numbers out of logged transport errors', () => {
    expect(
      redactContacts(
        '550 5.1.1 <z.abc@example.com>: user unknown; +7 999 000-11-22 refused; connect ECONNREFUSED 127.0.0.1:2525',
      ),
    ).toBe('550 5.1.1 <<address>>: user unknown; <phone> refused; connect ECONNREFUSED 127.0.0.1:2525');
  });
});

describe('endpointsFilled', () => {
  const to = (endpoint: string) => ({ endpoint_key: endpoint }) as ClaimedNotification;

  it('names the endpoints that took all they were allowed, those allowed none included', () => {
    expect(endpointsFilled([to('smtp'), to('hook')], new Map([['smtp', 1]]))).toEqual(['smtp']);
    expect(endpointsFilled([to('hook')], new Map([['smtp', 0]]))).toEqual(['smtp']);
  });

  it('names none when every endpoint took less than its allowance', () => {
    expect(endpointsFilled([to('smtp')], new Map([['smtp', 3]]))).toEqual([]);
    expect(endpointsFilled([], new Map())).toEqual([]);
  });
});
