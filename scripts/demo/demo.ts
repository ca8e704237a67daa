import { randomBytes } from 'node:crypto';
import { localCredentialsFile, readCredentials } from '../stack/credentials';
import { HttpError } from './http';
import { consoleNarrator, duration } from './narrator';
import { runDemo } from './run-demo';
import { DemoStepFailed, TimedOut } from './wait-for';

/**
 * `npm run demo`: against a running `npm start`, tells the whole story through the public HTTP routes. Reads the
 * service URLs, keys and tokens from .redress/credentials.json (REDRESS_CREDENTIALS names another file).
 * DEMO_MAX_SLA_WAIT (default 2m) is the longest acknowledge deadline the demo waits for to show an escalation.
 */
async function main(): Promise<number> {
  const file = process.env.REDRESS_CREDENTIALS ?? localCredentialsFile();
  const credentials = await readCredentials(file);
  if (!credentials) {
    process.stderr.write(`demo: no credentials at ${file}. Start Redress first, in another shell: npm start\n`);
    return 1;
  }
  const runId =
    `${new Date().toISOString().slice(5, 10).replace('-', '')}${randomBytes(2).toString('hex')}`.toUpperCase();
  const say = consoleNarrator();
  const started = Date.now();
  process.stdout.write(`Redress demo, run ${runId}: the life of one root cause, through the public HTTP routes only\n`);
  try {
    const ctx = await runDemo(credentials, {
      runId,
      say,
      maxSlaWaitMs: parseDuration(process.env.DEMO_MAX_SLA_WAIT ?? '2m'),
    });
    say.heading('The end');
    say.shows(
      `the whole story took ${duration(Date.now() - started)}${ctx.escalated ? '' : ' (without waiting for an escalation: see step 6)'}`,
    );
    say.note(`what the customers received: ${ctx.sinks.url('')}`);
    say.note(
      `one complaint as its client system sees it: curl -s ${ctx.intake.url(`complaints/${ctx.complaints[0].id}`)} -H "X-Api-Key: <intake.apiKey>"`,
    );
    say.note(`the trends chart: ${ctx.triage.url('trends.svg')}`);
    return 0;
  } catch (error) {
    const message =
      error instanceof DemoStepFailed || error instanceof TimedOut || error instanceof HttpError
        ? error.message
        : ((error as Error).stack ?? String(error));
    process.stdout.write(`\n!! the demo stopped: ${message}\n`);
    return 1;
  }
}

function parseDuration(text: string): number {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new Error(`DEMO_MAX_SLA_WAIT: "${text}" is not a duration like 90s or 2m`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
}

// main() reports its own failure and answers with the exit code, so its promise never rejects.
void main().then((code) => process.exit(code));
