import { AsyncLocalStorage } from 'node:async_hooks';

/** What a batch's database transaction must do at its end; UnitOfWork opens it for the first message. */
export interface BatchSession {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/** Thrown inside a batch to have its messages applied one at a time instead (see BatchingKafkaServer). */
export class BatchFallback extends Error {}

/**
 * Consecutive messages of one partition applied in one database transaction: one commit, one inbox insert and
 * one outbox insert for the lot instead of a transaction per message. The batch is ambient (async-local), so
 * handlers are written as for a single message; InboundEvents and UnitOfWork see it and join it.
 */
export class ConsumedBatch {
  private static readonly storage = new AsyncLocalStorage<ConsumedBatch>();
  private session?: Promise<BatchSession>;
  private readonly committedHooks: (() => void)[] = [];
  private finished = false;
  private failure?: Error;

  /** `eventIds`: the ids the batch's messages carry, so the inbox is read once for all of them. */
  constructor(readonly eventIds: string[]) {}

  /** The batch the calling code runs in, if it is still open. */
  static current(): ConsumedBatch | undefined {
    const batch = ConsumedBatch.storage.getStore();
    return batch && !batch.finished ? batch : undefined;
  }

  run(work: () => Promise<void>): Promise<void> {
    return ConsumedBatch.storage.run(this, work);
  }

  /** The batch's transaction, opened by the first message that needs one. */
  join<S extends BatchSession>(open: () => Promise<S>): Promise<S> {
    this.session ??= open();
    return this.session as Promise<S>;
  }

  /** Marks the batch failed: its transaction may be aborted, and it must not look committed. */
  fail(error: Error): void {
    this.failure ??= error;
  }

  afterCommit(hook: () => void): void {
    this.committedHooks.push(hook);
  }

  /** Throws, committing nothing, if a message of the batch failed (Postgres would turn the COMMIT into a rollback). */
  async commit(): Promise<void> {
    this.finished = true;
    if (this.failure) throw this.failure;
    const session = await this.session;
    await session?.commit();
    // Hooks start background work (delivery, relay); it must not inherit this batch as its context.
    ConsumedBatch.storage.exit(() => this.committedHooks.forEach((hook) => hook()));
  }

  async rollback(): Promise<void> {
    this.finished = true;
    const session = await this.session?.catch(() => undefined);
    await session?.rollback();
  }
}
