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

describe('timeline entries of a pause', () => {
  const rootCauseId = randomUUID();
  const base = { assignmentId: randomUUID(), rootCauseId, department: 'logistics', level: 1 };
  const olga = { id: randomUUID(), name: 'Olga' };

  it('says whom work waits on and why, and by when it resumes at the latest', () => {
    const paused = buildEvent('escalation', {
      type: EventType.AssignmentPaused,
      key: rootCauseId,
      data: {
        ...base,
        owner: olga,
        pausedBy: olga,
        waitingOn: 'FastShip',
        reason: 'route data',
        pausedAt: '2025-06-10T10:00:00.000Z',
        resumesBy: '2025-06-13T10:00:00.000Z',
      },
    });
    expect(describeEvent(paused)).toEqual({
      summary: 'Work waits on FastShip: route data',
      details: { level: 1, waitingOn: 'FastShip', reason: 'route data', resumesBy: '2025-06-13T10:00:00.000Z' },
    });
  });

  it('gives the moved deadlines on resume, naming who resumed or that the wait ran out', () => {
    const data = {
      ...base,
      owner: olga,
      resumedBy: olga,
      automatic: false,
      pausedAt: '2025-06-10T10:00:00.000Z',
      resumedAt: '2025-06-10T12:00:00.000Z',
      acknowledgeDueAt: '2025-06-10T16:00:00.000Z',
      resolveDueAt: '2025-06-15T12:00:00.000Z',
    };
    const resumed = (automatic: boolean) =>
      describeEvent(
        buildEvent('escalation', { type: EventType.AssignmentResumed, key: rootCauseId, data: { ...data, automatic } }),
      );
    expect(resumed(false)).toEqual({
      summary: 'Work resumed by Olga; to resolve by 2025-06-15T12:00:00.000Z',
      details: {
        level: 1,
        automatic: false,
        acknowledgeDueAt: '2025-06-10T16:00:00.000Z',
        resolveDueAt: '2025-06-15T12:00:00.000Z',
      },
    });
    expect(resumed(true).summary).toBe(
      'Work resumed: the longest wait allowed is over; to resolve by 2025-06-15T12:00:00.000Z',
    );
  });
});
