import { connect } from 'node:net';

export interface SlowOutcome {
  /** What the server wrote back before it closed the connection. */
  response: string;
  /** Bytes of the request sent before the connection closed. */
  sent: number;
  closedAfterMs: number;
}

/**
 * Opens a raw connection and sends `head` (and then `body`) one byte at a time, a byte every `intervalMs`, until the
 * server closes the connection or `giveUpMs` passes; the server must answer and close long before everything is sent.
 */
export function trickle(
  url: string,
  head: string,
  body: string,
  { intervalMs = 1000, giveUpMs = 60_000, headAtOnce = true } = {},
): Promise<SlowOutcome> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    const pending = [...(headAtOnce ? [head] : head.split('')), ...body.split('')];
    let sent = 0;
    let response = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ response, sent, closedAfterMs: Date.now() - started });
    };
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(
          `the server still held the connection after ${giveUpMs} ms (${sent} of ${pending.length} parts sent)`,
        ),
      );
    }, giveUpMs);
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    socket.on('close', finish);
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      const sendNext = () => {
        const part = pending.shift();
        if (part === undefined || socket.destroyed) return;
        socket.write(part);
        sent++;
      };
      sendNext();
      timer = setInterval(sendNext, intervalMs);
    });
  });
}
