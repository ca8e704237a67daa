import { randomUUID } from 'node:crypto';
import { buildEvent } from '../build-event';
import { EventType } from '../event-types';
import { parseEvent } from '../parse-event';

describe('rootcause.complaint-linked', () => {
  const complaintId = randomUUID();
  const link = {
    complaintId,
    rootCauseId: randomUUID(),
    category: 'late-delivery',
    linkedAt: new Date().toISOString(),
  };

  it('reads a first link without the relink fields, as before', () => {
    const parsed = parseEvent(
      JSON.stringify(buildEvent('triage', { type: EventType.RootCauseComplaintLinked, key: complaintId, data: link })),
      EventType.RootCauseComplaintLinked,
    );
    expect(parsed.ok).toBe(true);
  });

  it('carries the root cause a moved or merged complaint left, and why', () => {
    const previousRootCauseId = randomUUID();
    const event = buildEvent('triage', {
      type: EventType.RootCauseComplaintLinked,
      key: complaintId,
      data: { ...link, previousRootCauseId, relinkReason: 'merged' },
    });
    const parsed = parseEvent(JSON.stringify(event), EventType.RootCauseComplaintLinked);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.event.data).toMatchObject({ previousRootCauseId, relinkReason: 'merged' });
  });

  it('refuses a relink that names no valid previous root cause or reason', () => {
    const event = buildEvent('triage', { type: EventType.RootCauseComplaintLinked, key: complaintId, data: link });
    const bad = { ...event, data: { ...event.data, previousRootCauseId: 'rc-1', relinkReason: 'teleported' } };
    const parsed = parseEvent(JSON.stringify(bad), EventType.RootCauseComplaintLinked);
    expect(parsed).toEqual({
      ok: false,
      reason: 'invalid',
      error: expect.stringMatching(/previousRootCauseId.*relinkReason|relinkReason.*previousRootCauseId/),
    });
  });
});
