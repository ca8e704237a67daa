import { Correlation } from './correlation';

/**
 * Runs `drain` whenever woken, never twice at once; a wake that arrives during a drain runs one more drain after
 * it, so no wake is lost. The outbox relay and the timer worker both work this way.
 */
export class DrainLoop {
  /** True until `start` and again after `stop`; long drains check it to end early. */
  stopped = true;
  private running?: Promise<void>;
  private wakeAgain = false;
  private readonly detached = Correlation.detached();

  constructor(
    private readonly drain: () => Promise<unknown>,
    private readonly onError: (error: Error) => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = this.detached(() =>
      this.drain()
        .then(
          () => undefined,
          (error: Error) => this.onError(error),
        )
        .finally(() => {
          this.running = undefined;
          if (this.wakeAgain) {
            this.wakeAgain = false;
            this.wake();
          }
        }),
    );
  }

  /** Stops waking and waits for the drain under way, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }
}
