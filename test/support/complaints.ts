export { complaintBody } from '../../scripts/stack/sample-complaint';

export async function postComplaint(intakeUrl: string, apiKey: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${intakeUrl}/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : null };
}

export async function getComplaint(intakeUrl: string, apiKey: string, id: string) {
  const response = await fetch(`${intakeUrl}/complaints/${id}`, { headers: { 'x-api-key': apiKey } });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
