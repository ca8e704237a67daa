import { complaintBody, postComplaint } from '../support/complaints';
import { malformedRequest, MalformedRequest, oversizedRequest, seededRandom } from '../support/malformed-requests';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const REQUESTS = 2_000;
const CONCURRENCY = 16;
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

/** Thousands of generated malformed requests: every answer is a 4xx, and the service still works afterwards. */
describeE2E('intake fuzz', () => {
  let stack: TestStack;

  beforeAll(async () => {
    // Thousands of requests from one key in seconds: its rate limit would answer 429 instead of checking them.
    stack = await startTestStack('fuzz', { INTAKE_RATE_LIMIT: 'off' });
  });

  afterAll(() => stack?.stop());

  it(`answers ${REQUESTS} malformed requests (seed ${SEED}) with 4xx only`, async () => {
    const random = seededRandom(SEED);
    const intake = stack.services.intake.url;
    const requests: MalformedRequest[] = [
      ...Array.from({ length: REQUESTS - 5 }, () => malformedRequest(random, stack.secrets.apiKey)),
      ...Array.from({ length: 5 }, () => oversizedRequest(stack.secrets.apiKey)),
    ];
    const outcomes: { kind: string; status: number; body: string }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const request = requests[next++];
          const headers: Record<string, string> = { 'content-type': request.contentType };
          if (request.apiKey !== undefined) headers['x-api-key'] = request.apiKey;
          const response = await fetch(`${intake}/complaints`, { method: 'POST', headers, body: request.body });
          outcomes.push({ kind: request.kind, status: response.status, body: (await response.text()).slice(0, 300) });
        }
      }),
    );

    expect(outcomes).toHaveLength(REQUESTS);
    const notClientErrors = outcomes.filter((outcome) => outcome.status < 400 || outcome.status >= 500);
    expect(notClientErrors).toEqual([]);
    const kinds = new Set(outcomes.map((outcome) => outcome.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(12);
    const statuses = new Set(outcomes.map((outcome) => outcome.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining([400, 401, 413, 415]));

    const healthy = await postComplaint(intake, stack.secrets.apiKey, complaintBody());
    expect(healthy.status).toBe(202);
  });
});
