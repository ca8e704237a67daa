import { credentialsFrom } from '../../scripts/stack/credentials';
import { startSinks, Sinks } from '../../scripts/stack/sinks';
import { DemoContext } from '../../scripts/demo/context';
import { consoleNarrator } from '../../scripts/demo/narrator';
import { runDemo } from '../../scripts/demo/run-demo';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/**
 * `npm run demo`'s story, every step, against a test stack with its own mail/SMS sinks and a 3-second acknowledge
 * SLA, so the owner really misses the deadline and the head gets the assignment.
 */
describeE2E('npm run demo', () => {
  let sinks: Sinks;
  let stack: TestStack;

  beforeAll(async () => {
    sinks = await startSinks();
    stack = await startTestStack('demo', {
      ESCALATION_ACK_SLA: '3s',
      SMTP_URL: sinks.smtpUrl,
      SMS_GATEWAY_URL: sinks.smsGatewayUrl,
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await sinks?.stop();
  });

  it('tells the whole story through the public routes: grouped, decided, escalated, resolved, told, compensated, rated, called back, a playbook, came back, charted', async () => {
    const urls = Object.fromEntries(
      Object.entries(stack.services).map(([name, service]) => [name, service.url]),
    ) as Parameters<typeof credentialsFrom>[1];
    const credentials = {
      ...credentialsFrom(stack.secrets, urls, stack.brokers),
      sinks: { deliveries: sinks.webUrl, smtp: sinks.smtpUrl, smsGateway: sinks.smsGatewayUrl },
    };
    const lines: string[] = [];
    let ctx: DemoContext;
    try {
      ctx = await runDemo(credentials, {
        runId: 'E2E1',
        say: consoleNarrator((line) => lines.push(line)),
        stepTimeoutMs: 20_000,
      });
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\n--- demo output ---\n${lines.join('\n')}\n--- escalation log ---\n${stack.logs.escalation.slice(-20).join('\n')}`,
      );
    }
    const output = lines.join('\n');
    expect(ctx.escalated).toBe(true);
    expect(ctx.complaints).toHaveLength(4);
    expect(ctx.complaints.every((complaint) => complaint.feedbackUrl)).toBe(true);
    expect(output).toContain('escalated');
    expect(output).toContain('(acknowledge-overdue)');
    expect(output).toContain('approved, 1500.00 RUB granted');
    expect(output).toContain('409: one answer per link');
    expect(output).toMatch(/a callback is due by .*\n.*\n.*rating 2, reason too-slow/);
    expect(output).toContain('the customer\'s acknowledgement: "Dear Mr Orlov, The snowstorm stopped our couriers');
    expect(output).toContain('applied to 1 complaint, 100.00 RUB paid');
    expect(output).toContain('flagged as the recurrence of');
    // The four complaints, the snowstorm one and the one that brought the cause back.
    expect(output).toMatch(/late-delivery\s+6 \/ 6/);
    const { rows } = await stack.db.query(
      `SELECT status FROM intake.complaints WHERE id = ANY($1::uuid[]) ORDER BY status`,
      [ctx.complaints.map((complaint) => complaint.id)],
    );
    expect(rows.map((row) => row.status)).toEqual(['closed', 'closed', 'resolved', 'resolved']);
  });
});
