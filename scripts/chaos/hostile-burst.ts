import { stormComplaint } from '../storm/storm-complaints';

export interface BurstOutcome {
  requests: number;
  /** Answers by HTTP status, and requests that got no answer at all (connection reset, timeout). */
  byStatus: Record<string, number>;
  noAnswer: number;
  seconds: number;
}

/** What a careless or hostile client sends: floods of valid complaints, oversized, broken and mis-encoded bodies. */
function hostileBody(index: number, runId: string): { contentType: string; body: string | Buffer } {
  const valid = JSON.stringify(stormComplaint(index, `${runId}h`));
  switch (index % 6) {
    case 0:
      return { contentType: 'application/json', body: `{"text":"${'x'.repeat(70 * 1024)}"}` };
    case 1:
      return { contentType: 'application/json', body: valid.slice(0, valid.length / 2) };
    case 2:
      return { contentType: 'application/json', body: valid.replace('"text":"', '"text":"\\ud800') };
    case 3:
      return {
        contentType: 'application/json',
        body: Buffer.concat([
          Buffer.from(valid.slice(0, 40)),
          Buffer.from([0xed, 0xa0, 0x80]),
          Buffer.from(valid.slice(40)),
        ]),
      };
    case 4:
      return { contentType: 'text/plain', body: valid };
    default:
      return { contentType: 'application/json', body: valid };
  }
}

/**
 * One client fires `requests` requests with `concurrency` at once, as fast as intake answers: the rate limit and the
 * validators must answer every one with a 2xx or 4xx, never a 5xx or a dropped connection.
 */
export async function hostileBurst(
  intakeUrl: string,
  apiKey: string,
  runId: string,
  requests: number,
  concurrency = 100,
): Promise<BurstOutcome> {
  const byStatus: Record<string, number> = {};
  let noAnswer = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      const { contentType, body } = hostileBody(next++, runId);
      try {
        const response = await fetch(`${intakeUrl}/complaints`, {
          method: 'POST',
          headers: { 'content-type': contentType, 'x-api-key': apiKey },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
      } catch {
        noAnswer++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { requests, byStatus, noAnswer, seconds: (performance.now() - started) / 1000 };
}
