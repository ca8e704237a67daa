/**
 * Gives a client system a webhook subscription and answers its signing secret: customers' webhooks are signed with
 * it, so a client system needs one before its customers can be reached by webhook (docs/integration.md). `url`
 * receives the subscription's own deliveries (status changes).
 */
export async function subscribeClient(intakeUrl: string, apiKey: string, url: string): Promise<string> {
  const response = await fetch(`${intakeUrl}/subscription`, {
    method: 'PUT',
    headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ url, kinds: ['status'] }),
  });
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`PUT /subscription answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { signingSecret?: string }).signingSecret ?? '';
}
