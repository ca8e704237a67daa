import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { complaintBody, postComplaint } from '../support/complaints';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const run = promisify(execFile);
const BURST = 3;

/**
 * INTAKE_RATE_LIMIT on the running intake: a client system over its limit is refused with 429 while another is
 * served at the same moment. One request a minute after a burst of three, so no timing on a slow machine refills
 * a bucket during the test.
 */
describeE2E('intake rate limit per client system', () => {
  let stack: TestStack;
  let intake: string;

  beforeAll(async () => {
    stack = await startTestStack('ratelimit', { INTAKE_RATE_LIMIT: '1/m', INTAKE_RATE_BURST: String(BURST) });
    intake = stack.services.intake.url;
  });

  afterAll(() => stack?.stop());

  async function newClient(name: string): Promise<string> {
    const { stdout } = await run(process.execPath, ['dist/apps/intake/src/cli/create-client.cli.js', name], {
      env: { ...process.env, DATABASE_URL: stack.databaseUrl },
    });
    return /API key, shown only now: (\S+)/.exec(stdout)![1];
  }

  it('answers 429 with Retry-After to the client over its limit, and keeps serving another client meanwhile', async () => {
    const greedy = await newClient(`greedy-${randomUUID().slice(0, 8)}`);
    const patient = await newClient(`patient-${randomUUID().slice(0, 8)}`);
    for (let index = 0; index < BURST; index++)
      expect((await postComplaint(intake, greedy, complaintBody())).status).toBe(202);
    // Unknown keys are refused before any bucket is made or taken from.
    expect((await postComplaint(intake, `rk_${'x'.repeat(43)}`, complaintBody())).status).toBe(401);

    const [refused, read, ...served] = await Promise.all([
      postComplaint(intake, greedy, complaintBody(), { 'idempotency-key': 'over-the-limit' }),
      fetch(`${intake}/complaints`, { headers: { 'x-api-key': greedy } }),
      ...Array.from({ length: BURST }, () => postComplaint(intake, patient, complaintBody())),
    ]);
    expect(served.map((answer) => answer.status)).toEqual(served.map(() => 202));
    expect(refused.status).toBe(429);
    const retryAfter = refused.headers.get('retry-after');
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.stringMatching(/rate limit; retry after \d+ s/),
    });
    // Reading shares the client's bucket: a client polling flat out is held back too.
    expect(read.status).toBe(429);

    const metrics = await (await fetch(`${intake}/metrics`)).text();
    expect(metrics).toMatch(/redress_intake_rate_limited_total\{client="greedy-[0-9a-f]{8}"[^}]*\} 2\n/);
    expect(metrics).not.toMatch(/redress_intake_rate_limited_total\{client="patient-/);
  });
});
