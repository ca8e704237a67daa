import { AddressInfo, createServer, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { EmailChannel } from './email.channel';

/** The pool against a real SMTP server on loopback: how many connections a run of emails opens. */
describe('email channel pool', () => {
  let server: SMTPServer;
  let smtpUrl: string;
  let connections = 0;
  let received = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect: (_session, callback) => {
        connections++;
        callback();
      },
      onData: (stream, _session, callback) => {
        stream
          .on('end', () => {
            received++;
            callback();
          })
          .resume();
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function sendThrough(messagesPerConnection: number, count: number): Promise<number> {
    connections = 0;
    received = 0;
    const channel = new EmailChannel(smtpUrl, 'care@redress.test', {
      timeoutMs: 5000,
      messagesPerConnection,
      connections: 4,
    });
    try {
      // In waves of the pool's size, as delivery lanes send: each wave finds the connections free again.
      for (let sent = 0; sent < count; sent += 4) {
        await Promise.all(
          Array.from({ length: Math.min(4, count - sent) }, (_, index) =>
            channel.deliver({
              notificationId: `n-${sent + index}`,
              complaintId: 'c-1',
              kind: 'acknowledgement',
              channel: 'email',
              recipient: 'anna@example.com',
              locale: 'en',
              subject: 'Received',
              text: 'We have your complaint.',
            }),
          ),
        );
      }
    } finally {
      channel.close();
    }
    expect(received).toBe(count);
    return connections;
  }

  it("keeps its connections for the configured number of emails, past nodemailer's 100", async () => {
    expect(await sendThrough(1000, 600)).toBeLessThanOrEqual(4);
  });

  it('replaces a connection once it has sent its share', async () => {
    expect(await sendThrough(20, 200)).toBeGreaterThanOrEqual(10);
  });

  it('gives up on a server that takes the connection and never greets, after its timeout', async () => {
    const held = new Set<Socket>();
    const silent = createServer((socket) => held.add(socket.on('data', () => undefined)));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const channel = new EmailChannel(
      `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      'care@redress.test',
      { timeoutMs: 300, messagesPerConnection: 10, connections: 4 },
    );
    try {
      await expect(
        channel.deliver({
          notificationId: 'n-silent',
          complaintId: 'c-1',
          kind: 'acknowledgement',
          channel: 'email',
          recipient: 'anna@example.com',
          locale: 'en',
          subject: 'Received',
          text: 'We have your complaint.',
        }),
      ).rejects.toThrow(/greeting|timeout/i);
    } finally {
      channel.close();
      held.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
