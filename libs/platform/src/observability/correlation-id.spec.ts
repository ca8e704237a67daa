import { requestCorrelationId } from './correlation-id';

describe('requestCorrelationId', () => {
  it("keeps the caller's id", () => {
    expect(requestCorrelationId({ headers: { 'x-correlation-id': 'crm:ticket-88172' } })).toBe('crm:ticket-88172');
  });

  it('makes a new one when there is none, or one unfit for a log line', () => {
    for (const given of [undefined, '', 'two words', 'x'.repeat(129), 'line\nbreak']) {
      expect(requestCorrelationId({ headers: { 'x-correlation-id': given } })).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
