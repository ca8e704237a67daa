import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Sinks, startSinks } from '../../scripts/stack/sinks';
import { complaintBody, postComplaint } from '../support/complaints';
import { eventually } from '../support/eventually';
import { subscribeClient } from '../../scripts/stack/subscribe-client';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/**
 * The SSRF guard end to end: intake refuses callback URLs that are or resolve to non-public addresses, and the
 * notifier refuses to send to them. Only 127.0.0.2 and one name are allowed here, so the loopback sinks on
 * 127.0.0.1 are not: what the notifier would send them must not arrive.
 */
describeE2E('outbound destinations', () => {
  let stack: TestStack;
  let sinks: Sinks;
  let receiver: Server;
  let receiverPort: number;
  const received: string[] = [];

  beforeAll(async () => {
    sinks = await startSinks();
    receiver = createServer((request, response) => {
      received.push(request.url ?? '/');
      request.resume().on('end', () => response.writeHead(204).end());
    });
    // Every 127/8 address is loopback on Linux: the receiver is reachable at 127.0.0.2, which is allowed.
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.2', () => resolve()));
    receiverPort = (receiver.address() as AddressInfo).port;
    stack = await startTestStack('destinations', {
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.2/32, hooks.allowed.test',
      SMS_GATEWAY_URL: sinks.smsGatewayUrl,
      DELIVERY_MAX_ATTEMPTS: '2',
      DELIVERY_RETRY_BACKOFF: '100ms',
    });
    // Customers' webhooks are signed with the client's own secret, which comes with its subscription.
    await subscribeClient(
      stack.services.intake.url,
      stack.secrets.apiKey,
      `http://127.0.0.2:${receiverPort}/subscription`,
    );
  });

  afterAll(async () => {
    await stack?.stop();
    await sinks?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const post = (callbackUrl: string, customer: Record<string, unknown> = {}) => {
    const body = complaintBody({ callbackUrl, externalRef: `CB-${randomUUID().slice(0, 8)}` });
    return postComplaint(stack.services.intake.url, stack.secrets.apiKey, {
      ...body,
      customer: { ...(body.customer as object), ...customer },
    });
  };

  it.each([
    ['http://127.0.0.1/', /127\.0\.0\.1 is not a public address \(loopback\)/],
    ['http://[::ffff:127.0.0.1]/', /::ffff:7f00:1 is not a public address \(loopback\)/],
    ['http://[::1]:8080/hook', /::1 is not a public address \(loopback\)/],
    ['http://2130706433/', /http\(s\) URL/],
    ['http://0x7f000001/', /127\.0\.0\.1 is not a public address \(loopback\)/],
    ['http://169.254.169.254/latest', /169\.254\.169\.254 is not a public address \(metadata\)/],
    ['http://10.1.2.3/hooks', /10\.1\.2\.3 is not a public address \(private\)/],
    ['http://[fd00:ec2::254]/', /not a public address \(metadata\)/],
    ['http://localhost/', /localhost is not a public address \(loopback\)/],
    ['ftp://x', /http\(s\) URL/],
    ['https://no-such-host.invalid/hooks', /must name a host that resolves: no-such-host\.invalid does not resolve/],
  ])('answers 400 naming callbackUrl for %s', async (callbackUrl, reason) => {
    const response = await post(callbackUrl);
    expect(response.status).toBe(400);
    expect(response.body?.errors).toEqual([{ field: 'callbackUrl', reason: expect.stringMatching(reason) }]);
  });

  it.each(['http://hooks.allowed.test/redress', 'https://HOOKS.Allowed.test/redress', 'http://127.0.0.2:9/hooks'])(
    'accepts %s, which WEBHOOK_ALLOWED_HOSTS allows',
    async (callbackUrl) => {
      expect((await post(callbackUrl)).status).toBe(202);
    },
  );

  it('sends webhooks to an allowed network', async () => {
    const path = `/hooks/${randomUUID()}`;
    expect((await post(`http://127.0.0.2:${receiverPort}${path}`, { preferredChannel: 'webhook' })).status).toBe(202);
    await eventually(async () => received.includes(path), Boolean, {
      what: 'the webhook at the receiver on 127.0.0.2',
    });
  });

  it('refuses to send an SMS to a gateway on a loopback address it does not allow, and logs no phone number', async () => {
    // No contact window: the SMS goes at once, whatever the hour.
    const accepted = await post('http://hooks.allowed.test/redress', {
      preferredChannel: 'sms',
      phone: '+79990001122',
      contactWindow: undefined,
    });
    expect(accepted.status).toBe(202);
    const complaintId = accepted.body?.id as string;
    const [failed] = await eventually(
      async () =>
        (
          await stack.db.query(
            `SELECT status, last_error FROM notifier.notifications WHERE complaint_id = $1 AND status = 'failed'`,
            [complaintId],
          )
        ).rows,
      (rows) => rows.length === 1,
      { what: 'the SMS acknowledgement to fail' },
    );
    expect(failed.last_error).toBe('refused destination: 127.0.0.1 is not a public address (loopback)');
    expect(sinks.messages.filter((message) => message.channel === 'sms')).toEqual([]);
    // The line reaches this process through the notifier's stdout pipe, which can trail the database under load.
    const logged = await eventually(
      async () => stack.logs.notifier.filter((line) => line.includes('refused destination')),
      (lines) => lines.length > 0,
      { what: "the notifier's log line of the refusal" },
    );
    expect(logged.join('\n')).not.toContain('9990001122');
  });
});
