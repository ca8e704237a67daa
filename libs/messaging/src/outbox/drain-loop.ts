import { Correlation } from '../correlation';

/**
 * Runs `drain` whenever woken, never twice at once; a wake that arrives during a drain runs one more drain after
 * it, so no wake is lost. The outbox relay and the timer worker both work this way. Through an outage every poll
 * fails: `onError` hears of the 1st, 2nd, 4th, 8th ... failure in a row (with its count), `onRecovered` of the end.
 */
export class DrainLoop {
  /** True until `start` and again after `stop`; long drains check it to end early. */
  stopped = true;
  private running?: Promise<void>;
  private wakeAgain = false;
  private readonly detached = Correlation.detached();
  private failuresInARow = 0;

  constructor(
    private readonly drain: () => Promise<unknown>,
    private readonly onError: (error: Error, failuresInARow: number) => void,
    private readonly onRecovered: (failuresInARow: number) => void = () => undefined,
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
          () => {
            if (this.failuresInARow > 0) this.onRecovered(this.failuresInARow);
            this.failuresInARow = 0;
          },
          (error: Error) => {
            this.failuresInARow++;
            // Powers of two: the first failure at once, then ever more rarely.
            if ((this.failuresInARow & (this.failuresInARow - 1)) === 0) this.onError(error, this.failuresInARow);
          },
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
