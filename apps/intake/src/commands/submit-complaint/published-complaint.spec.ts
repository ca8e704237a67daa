import { ComplaintReceivedData } from '@redress/contracts';
import { publishedComplaint } from './published-complaint';

const filed = {
  complaintId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  receivedAt: '2026-12-06T12:00:00.000Z',
  clientSystem: 'crm',
  externalRef: 'CRM-88172',
  customer: {
    name: 'Anna Petrova',
    formOfAddress: 'Ms Petrova',
    phone: '+79161234567',
    email: 'anna@example.com',
    timezone: 'Europe/Moscow',
    contactWindow: { from: '09:00', to: '20:00' },
    preferredChannel: 'webhook',
    locale: 'en',
  },
  touchpoint: 'delivery',
  text: 'Anna Petrova here: call +7 916 123-45-67 or anna@example.com.',
  dissatisfaction: 'upset',
  callbackUrl: 'https://crm.example/hooks/redress',
} as ComplaintReceivedData;

describe('publishedComplaint', () => {
  it("carries none of the customer's identity, only what chooses the channel and the hour", () => {
    const published = publishedComplaint(filed);
    expect(published.customer).toEqual({
      timezone: 'Europe/Moscow',
      contactWindow: { from: '09:00', to: '20:00' },
      preferredChannel: 'webhook',
      locale: 'en',
      hasEmail: true,
    });
    expect(published.hasCallbackUrl).toBe(true);
    expect(published).not.toHaveProperty('externalRef');
    expect(published).not.toHaveProperty('callbackUrl');
    const json = JSON.stringify(published);
    for (const needle of ['Anna', 'Petrova', '916', 'anna@example.com', 'CRM-88172', 'crm.example'])
      expect(json).not.toContain(needle);
    expect(published.text).toBe('[erased] here: call [erased] or [erased].');
  });

  it('says so when there is no email and no callbackUrl', () => {
    const { callbackUrl: _url, ...rest } = filed;
    const published = publishedComplaint({ ...rest, customer: { name: 'Ivan', phone: '+79160000000' } });
    expect(published.customer).toEqual({ hasEmail: false });
    expect(published).not.toHaveProperty('hasCallbackUrl');
  });
});
