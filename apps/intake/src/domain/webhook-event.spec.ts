import { webhookBody } from './webhook-event';

describe('webhookBody', () => {
  const change = {
    eventId: '7f0c2f4e-3c1b-4a57-9a61-0d5f1c3e2b10',
    position: '42',
    complaintId: '0b6f4a55-2f0e-4c1a-8f5e-7c1d2e3f4a5b',
    at: new Date('2026-12-06T12:00:00Z'),
  };

  it('carries a status step as from and to', () => {
    const body = webhookBody({
      ...change,
      type: 'status.changed',
      summary: 'Status: triaged',
      details: { from: 'acknowledged', to: 'triaged' },
    });
    expect(JSON.parse(body)).toEqual({
      id: change.eventId,
      complaintId: change.complaintId,
      position: '42',
      occurredAt: '2026-12-06T12:00:00.000Z',
      type: 'complaint.status-changed',
      data: { from: 'acknowledged', to: 'triaged' },
    });
  });

  it('carries a timeline entry with its own type, summary and details', () => {
    const body = webhookBody({
      ...change,
      type: 'customer.notified',
      summary: 'Customer informed',
      details: { channel: 'email' },
    });
    expect(JSON.parse(body)).toMatchObject({
      type: 'complaint.timeline-entry',
      data: { type: 'customer.notified', summary: 'Customer informed', details: { channel: 'email' } },
    });
  });
});
