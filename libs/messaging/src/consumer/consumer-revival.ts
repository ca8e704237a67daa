import { Consumer } from 'kafkajs';

export interface RevivalOptions {
  /** Starts consuming again on the connected consumer (its `run`). */
  run: () => Promise<void>;
  /** False once the service is stopping: a consumer that crashes then stays down. */
  wanted: () => boolean;
  log: (message: string) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * kafkajs restarts a crashed consumer only after errors it deems retriable. After any other (a broker refusing a
 * request: INVALID_REQUEST, an authorization error) it leaves the consumer stopped for good, and the service would go
 * on answering HTTP while deaf to its topics. This reconnects such a consumer and runs it again, waiting longer after
 * each failed attempt (back to the first delay once it has joined its group), for as long as the service wants it.
 */
export function reviveAfterFatalCrash(consumer: Consumer, options: RevivalOptions): void {
  const firstDelayMs = options.firstDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  let delayMs = firstDelayMs;
  let reviving = false;

  const scheduleAttempt = (reason: string) => {
    const waitMs = delayMs;
    delayMs = Math.min(delayMs * 2, maxDelayMs);
    reviving = true;
    options.log(`consumer stopped (${reason}); starting it again in ${waitMs / 1000} s`);
    const attempt = async () => {
      if (!options.wanted()) return;
      try {
        await consumer.connect();
        await options.run();
      } catch (error) {
        scheduleAttempt((error as Error).message);
      }
    };
    // A timer ignores the promise its callback returns: attempt() answers its own failure with the next attempt.
    setTimeout(() => void attempt(), waitMs).unref();
  };

  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (!payload.restart && options.wanted()) scheduleAttempt(`non-retriable error: ${payload.error.message}`);
  });
  consumer.on(consumer.events.GROUP_JOIN, () => {
    if (reviving) options.log('consumer started again and joined its group');
    reviving = false;
    delayMs = firstDelayMs;
  });
}
