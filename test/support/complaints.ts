import { buildEvent, EventType } from '@redress/contracts';
import { randomUUID } from 'node:crypto';

export { complaintBody } from '../../scripts/stack/sample-complaint';

/** A `complaint.received` as intake would publish it, for feeding a consumer or a store directly. */
export function complaintReceivedEvent(complaintId: string = randomUUID(), clientSystem = 'probe') {
  return buildEvent('intake', {
    type: EventType.ComplaintReceived,
    key: complaintId,
    data: {
      complaintId,
      receivedAt: new Date().toISOString(),
      clientSystem,
      customer: { name: 'Boris', phone: '+79160000000' },
      touchpoint: 'store',
      text: 'The shop assistant was rude',
      dissatisfaction: 'upset',
    },
  });
}

export async function postComplaint(
  intakeUrl: string,
  apiKey: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${intakeUrl}/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, any>) : null,
  };
}

export async function getComplaint(intakeUrl: string, apiKey: string, id: string) {
  const response = await fetch(`${intakeUrl}/complaints/${id}`, { headers: { 'x-api-key': apiKey } });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
