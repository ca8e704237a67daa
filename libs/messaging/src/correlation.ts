import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';

/**
 * The complaint or root cause the code at hand is working for, carried across awaits so that every log line
 * written while handling one event can name it without passing it through every call.
 */
export class Correlation {
  private static readonly storage = new AsyncLocalStorage<string | undefined>();

  /** Runs `work` with `id` as the current correlation id; `undefined` runs it outside any correlation. */
  static run<T>(id: string | undefined, work: () => T): T {
    return Correlation.storage.run(id, work);
  }

  static current(): string | undefined {
    return Correlation.storage.getStore();
  }

  /**
   * Call at start-up: returns a runner for background work (a drain, a delivery lane) that runs it in the start-up
   * context, so the request or event that happened to wake it does not lend it its correlation id.
   */
  static detached(): <T>(work: () => T) => T {
    return AsyncResource.bind(<T>(work: () => T): T => work());
  }
}
