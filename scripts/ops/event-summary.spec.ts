import { buildEvent, EventType } from '@redress/contracts';
import { describeMessage } from './event-summary';

describe('describeMessage', () => {
  const complaintId = '0b7e3f52-9a41-4c1e-8f3a-2d6c5b4a3f21';
  const event = buildEvent('intake', {
    type: EventType.ComplaintReceived,
    key: complaintId,
    occurredAt: new Date('2026-11-23T10:00:00Z'),
    data: {
      complaintId,
      receivedAt: '2026-11-23T10:00:00.000Z',
      clientSystem: 'crm',
      customer: { name: 'Anna Petrova', phone: '+79161234567', email: 'anna@example.com' },
      touchpoint: 'delivery',
      text: 'Anna Petrova here: the courier was three hours late.',
      dissatisfaction: 'outraged',
      callbackUrl: 'https://crm.example.com/hooks/complaints?token=secret',
    },
  });
  const message = {
    timestamp: String(Date.parse('2026-11-23T10:00:01Z')),
    key: Buffer.from(complaintId),
    value: Buffer.from(JSON.stringify(event)),
  };

  it('prints time, topic, type, key, correlation id and the payload in short', () => {
    const line = describeMessage('complaint.received', message);
    expect(line).toMatch(
      /^2026-11-23T10:00:01\.000Z {2}complaint\.received {2}complaint\.received {2}key=0b7e3f52-9a41-4c1e-8f3a-2d6c5b4a3f21 {2}corr=0b7e3f52-/,
    );
    expect(line).toMatch(/corr=\S+ {2}touchpoint=delivery dissatisfaction=outraged clientSystem=crm customer\.name=/);
  });

  it('masks names, phones and emails and leaves out what the customer wrote', () => {
    const line = describeMessage('complaint.received', message);
    expect(line).toContain('customer.name=A*** P***');
    expect(line).toContain('customer.phone=+7********67');
    expect(line).toContain('customer.email=a***@example.com');
    expect(line).toContain('text=[52 chars]');
    for (const secret of ['Anna', 'Petrova', '1234567', 'anna@', 'courier', 'token=secret'])
      expect(line).not.toContain(secret);
  });

  it('shortens ids and says where a replayed copy came from', () => {
    const notified = buildEvent('triage', {
      type: EventType.CustomerNotified,
      key: complaintId,
      data: {
        complaintId,
        notificationId: complaintId,
        kind: 'acknowledgement',
        channel: 'sms',
        status: 'sent',
        at: '2026-11-23T10:00:00.000Z',
        attempts: 1,
      },
    });
    const line = describeMessage('customer.notified', {
      ...message,
      value: Buffer.from(JSON.stringify(notified)),
      headers: { 'x-replayed-from': Buffer.from('dlq.intake:2:7') },
    });
    expect(line).toContain(
      'complaintId=0b7e3f52… kind=acknowledgement channel=sms status=sent attempts=1  (replayed from dlq.intake:2:7)',
    );
  });

  it('says so when a message is not an event envelope', () => {
    expect(describeMessage('dlq.triage', { ...message, value: Buffer.from('{"this is": not json') })).toContain(
      '(not an event envelope)',
    );
  });
});
