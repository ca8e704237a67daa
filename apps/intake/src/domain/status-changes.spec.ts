import { RecordedEvent, statusChanges } from './status-changes';

const at = (minute: number) => new Date(Date.UTC(2025, 5, 10, 9, minute));
const own = (type: string, minute: number, details: Record<string, unknown> = {}): RecordedEvent => ({
  type,
  at: at(minute),
  details,
  ofRootCause: false,
});
const rootCause = (type: string, minute: number): RecordedEvent => ({
  type,
  at: at(minute),
  details: {},
  ofRootCause: true,
});

describe('statusChanges', () => {
  it('is one step per rise of the status, in time order', () => {
    const changes = statusChanges([
      own('complaint.received', 0),
      own('customer.notified', 1, { kind: 'acknowledgement', status: 'sent' }),
      own('rootcause.complaint-linked', 2),
      rootCause('assignment.created', 3),
      rootCause('assignment.acknowledged', 4),
      rootCause('rootcause.resolved', 5),
      own('feedback.received', 6),
      own('followup.requested', 6),
      own('followup.completed', 7),
      own('complaint.closed', 7),
    ]);
    expect(changes.map((change) => [change.from, change.status, change.at.getUTCMinutes()])).toEqual([
      [null, 'received', 0],
      ['received', 'acknowledged', 1],
      ['acknowledged', 'triaged', 2],
      ['triaged', 'assigned', 3],
      ['assigned', 'resolved', 5],
      ['resolved', 'follow-up', 6],
      ['follow-up', 'closed', 7],
    ]);
  });

  it("counts a root cause's earlier events at the complaint's link, and none before it is linked", () => {
    const events = [
      rootCause('assignment.created', 0),
      own('complaint.received', 1),
      own('rootcause.complaint-linked', 4),
    ];
    expect(statusChanges(events).map((change) => [change.status, change.at.getUTCMinutes()])).toEqual([
      ['received', 1],
      ['triaged', 4],
      ['assigned', 4],
    ]);
    expect(statusChanges(events.slice(0, 2)).map((change) => change.status)).toEqual(['received']);
  });

  it('never steps back for a late event', () => {
    const changes = statusChanges([
      own('complaint.received', 0),
      own('complaint.closed', 1),
      own('customer.notified', 2, { kind: 'acknowledgement', status: 'sent' }),
    ]);
    expect(changes.map((change) => change.status)).toEqual(['received', 'closed']);
  });
});
