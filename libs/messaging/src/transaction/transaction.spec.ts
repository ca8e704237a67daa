import { buildEvent, EventType } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Transaction } from './transaction';

const manager = {} as EntityManager;

function linked(complaintId = randomUUID()) {
  return { complaintId, rootCauseId: randomUUID(), category: 'late-delivery', linkedAt: new Date().toISOString() };
}

describe('Transaction.emit', () => {
  it('collects events signed with the service as source', () => {
    const tx = new Transaction(manager, 'triage');
    const data = linked();
    const event = tx.emit({ type: EventType.RootCauseComplaintLinked, key: data.complaintId, data });
    expect(tx.emitted).toEqual([event]);
    expect(event).toMatchObject({ source: 'triage', key: data.complaintId, correlationId: data.complaintId });
    expect(event).not.toHaveProperty('causationId');
  });

  it('makes the consumed event the cause and carries its correlation on', () => {
    const cause = buildEvent('intake', {
      type: EventType.RootCauseComplaintLinked,
      key: 'k',
      correlationId: 'complaint-1',
      data: linked(),
    });
    const tx = new Transaction(manager, 'notifier', cause);
    const event = tx.emit({ type: EventType.RootCauseComplaintLinked, key: 'other-key', data: linked() });
    expect(event.causationId).toBe(cause.id);
    expect(event.correlationId).toBe('complaint-1');
  });

  it('lets the use case name another correlation, as a new root cause does', () => {
    const cause = buildEvent('intake', { type: EventType.RootCauseComplaintLinked, key: 'k', data: linked() });
    const tx = new Transaction(manager, 'triage', cause);
    const event = tx.emit({ type: EventType.RootCauseComplaintLinked, key: 'rc', correlationId: 'rc', data: linked() });
    expect(event.correlationId).toBe('rc');
    expect(event.causationId).toBe(cause.id);
  });
});
