import { buildEvent, EventType } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { COMPLAINT_STATUSES, statusAtRank, statusRank, statusReachedBy } from './complaint-status';

function notified(kind: 'acknowledgement' | 'progress', status: 'sent' | 'failed') {
  const complaintId = randomUUID();
  return buildEvent('notifier', {
    type: EventType.CustomerNotified,
    key: complaintId,
    data: {
      complaintId,
      notificationId: randomUUID(),
      kind,
      channel: 'email',
      status,
      at: new Date().toISOString(),
      attempts: 1,
    },
  });
}

describe('complaint status', () => {
  it('orders the statuses of the life of a complaint', () => {
    expect(COMPLAINT_STATUSES).toEqual([
      'received',
      'acknowledged',
      'triaged',
      'assigned',
      'escalated',
      'resolved',
      'follow-up',
      'closed',
    ]);
    expect(statusRank('closed')).toBeGreaterThan(statusRank('follow-up'));
    expect(statusRank('triaged')).toBeGreaterThan(statusRank('acknowledged'));
    expect(statusAtRank(statusRank('escalated'))).toBe('escalated');
  });

  it('is acknowledged only by a sent acknowledgement', () => {
    expect(statusReachedBy(notified('acknowledgement', 'sent'))).toBe('acknowledged');
    expect(statusReachedBy(notified('acknowledgement', 'failed'))).toBeNull();
    expect(statusReachedBy(notified('progress', 'sent'))).toBeNull();
  });

  it.each([
    [EventType.RootCauseComplaintLinked, 'triaged'],
    [EventType.AssignmentCreated, 'assigned'],
    [EventType.AssignmentEscalated, 'escalated'],
    [EventType.RootCauseResolved, 'resolved'],
    [EventType.FeedbackReceived, null],
    [EventType.FollowUpRequested, 'follow-up'],
    [EventType.FollowUpCompleted, null],
    [EventType.ComplaintClosed, 'closed'],
    [EventType.RootCauseIdentified, null],
    [EventType.AssignmentAcknowledged, null],
    [EventType.CompensationGranted, null],
  ])('%s moves a complaint to %p', (type, status) => {
    const event = { ...notified('progress', 'sent'), type } as Parameters<typeof statusReachedBy>[0];
    expect(statusReachedBy(event)).toBe(status);
  });
});
