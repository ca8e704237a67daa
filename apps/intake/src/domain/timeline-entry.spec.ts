import { buildEvent, EventType, Transport } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { describeEvent } from './timeline-entry';

function notified(status: 'sent' | 'failed', transport?: Transport) {
  const complaintId = randomUUID();
  return buildEvent('notifier', {
    type: EventType.CustomerNotified,
    key: complaintId,
    data: {
      complaintId,
      notificationId: randomUUID(),
      kind: 'acknowledgement',
      channel: 'email',
      status,
      at: new Date().toISOString(),
      attempts: 1,
      transport,
    },
  });
}

describe('timeline entry of customer.notified', () => {
  it('says a message only logged by a development notifier reached no one', () => {
    expect(describeEvent(notified('sent', 'log-only'))).toEqual({
      summary: 'The acknowledgement by email was only logged, not sent (no transport configured)',
      details: { kind: 'acknowledgement', channel: 'email', status: 'sent', attempts: 1, transport: 'log-only' },
    });
  });

  it('says sent for a transport that accepted it, and for events from notifiers that did not name one', () => {
    expect(describeEvent(notified('sent', 'smtp'))).toMatchObject({
      summary: 'Customer sent the acknowledgement by email',
      details: { transport: 'smtp' },
    });
    expect(describeEvent(notified('sent')).summary).toBe('Customer sent the acknowledgement by email');
    expect(describeEvent(notified('failed')).summary).toBe('Customer could not be sent the acknowledgement by email');
  });
});
