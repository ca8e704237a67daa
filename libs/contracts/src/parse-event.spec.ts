import { randomUUID } from 'node:crypto';
import { buildEvent } from './build-event';
import { EventType } from './event-types';
import { parseEvent } from './parse-event';

function linkedEvent() {
  const complaintId = randomUUID();
  return buildEvent('triage', {
    type: EventType.RootCauseComplaintLinked,
    key: complaintId,
    data: { complaintId, rootCauseId: randomUUID(), category: 'late-delivery', linkedAt: new Date().toISOString() },
  });
}

describe('buildEvent', () => {
  it('fills id, version, time, source and correlation', () => {
    const event = linkedEvent();
    expect(event).toMatchObject({
      type: 'rootcause.complaint-linked',
      version: 1,
      source: 'triage',
      correlationId: event.key,
    });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(event.occurredAt))).toBe(false);
    expect(event).not.toHaveProperty('causationId');
  });

  it('keeps a given correlation and causation', () => {
    const cause = randomUUID();
    const { key, data } = linkedEvent();
    const event = buildEvent('triage', {
      type: EventType.RootCauseComplaintLinked,
      key,
      data,
      correlationId: 'rc-1',
      causationId: cause,
    });
    expect(event.correlationId).toBe('rc-1');
    expect(event.causationId).toBe(cause);
  });
});

describe('parseEvent', () => {
  it('round-trips a built event', () => {
    const event = linkedEvent();
    const parsed = parseEvent(Buffer.from(JSON.stringify(event)), EventType.RootCauseComplaintLinked);
    expect(parsed).toEqual({
      ok: true,
      event: expect.objectContaining({ id: event.id, data: expect.objectContaining(event.data) }),
    });
  });

  it('drops unknown fields so producers can add some', () => {
    const event = { ...linkedEvent(), extra: 1 } as Record<string, unknown>;
    (event.data as Record<string, unknown>).futureField = 'x';
    const parsed = parseEvent(JSON.stringify(event), EventType.RootCauseComplaintLinked);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.event.data).not.toHaveProperty('futureField');
  });

  it.each([
    ['malformed', 'not json at all', /not JSON/],
    ['malformed', '[1,2]', /JSON object/],
    ['malformed', null, /not JSON/],
  ])('refuses a %s value %p', (reason, value, error) => {
    const parsed = parseEvent(value, EventType.RootCauseComplaintLinked);
    expect(parsed).toEqual({ ok: false, reason, error: expect.stringMatching(error) });
  });

  it('refuses an envelope that breaks the contract, naming the field', () => {
    const parsed = parseEvent(JSON.stringify({ ...linkedEvent(), id: 'nope' }), EventType.RootCauseComplaintLinked);
    expect(parsed).toEqual({ ok: false, reason: 'invalid', error: expect.stringContaining('envelope: id') });
  });

  it('refuses data that breaks the contract, naming the nested field', () => {
    const event = linkedEvent();
    const parsed = parseEvent(
      JSON.stringify({ ...event, data: { ...event.data, rootCauseId: 42 } }),
      EventType.RootCauseComplaintLinked,
    );
    expect(parsed).toEqual({ ok: false, reason: 'invalid', error: expect.stringContaining('data: rootCauseId') });
  });

  it('calls another event type, or a newer version, unhandled', () => {
    const event = linkedEvent();
    expect(parseEvent(JSON.stringify(event), EventType.ComplaintReceived)).toMatchObject({
      ok: false,
      reason: 'unhandled',
    });
    expect(parseEvent(JSON.stringify({ ...event, version: 2 }), EventType.RootCauseComplaintLinked)).toMatchObject({
      ok: false,
      reason: 'unhandled',
    });
  });
});

describe('complaint.received versions', () => {
  const complaintId = randomUUID();
  const common = {
    complaintId,
    receivedAt: new Date().toISOString(),
    clientSystem: 'crm',
    touchpoint: 'delivery',
    text: 'The courier was late.',
    dissatisfaction: 'upset',
  };

  it('writes version 2, without the customer identity', () => {
    const event = buildEvent('intake', {
      type: EventType.ComplaintReceived,
      key: complaintId,
      data: { ...common, customer: { hasEmail: true, preferredChannel: 'email' }, hasCallbackUrl: true } as never,
    });
    expect(event.version).toBe(2);
    expect(parseEvent(JSON.stringify(event), EventType.ComplaintReceived)).toMatchObject({
      ok: true,
      event: { data: { customer: { hasEmail: true }, hasCallbackUrl: true } },
    });
  });

  it('still reads version 1, with the name, phone, email, ref and callbackUrl it carried', () => {
    const v1 = {
      ...buildEvent('intake', { type: EventType.ComplaintReceived, key: complaintId, data: common as never }),
      version: 1,
      data: {
        ...common,
        externalRef: 'CRM-1',
        customer: { name: 'Anna Petrova', phone: '+79161234567', email: 'anna@example.com' },
        callbackUrl: 'https://crm.example/hooks',
      },
    };
    expect(parseEvent(JSON.stringify(v1), EventType.ComplaintReceived)).toMatchObject({
      ok: true,
      event: { version: 1, data: { customer: { phone: '+79161234567' }, callbackUrl: 'https://crm.example/hooks' } },
    });
  });

  it('calls version 3 unhandled', () => {
    const event = buildEvent('intake', { type: EventType.ComplaintReceived, key: complaintId, data: common as never });
    expect(parseEvent(JSON.stringify({ ...event, version: 3 }), EventType.ComplaintReceived)).toMatchObject({
      ok: false,
      reason: 'unhandled',
    });
  });
});
