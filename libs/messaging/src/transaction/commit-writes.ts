import { EntityManager } from 'typeorm';

/** A value the work of a transaction adds to, and how it is written once that work is done. */
export interface CommitWrite<T> {
  value: T;
  write(this: void, manager: EntityManager, value: T): Promise<void>;
}

/**
 * Writes held back to the end of a database transaction and shared by everything it runs (every message of a
 * consumed batch), so that a hot row (a counter many messages add to) is locked for the commit alone instead of from
 * a batch's first message to its last, when other batches wait on it.
 */
export class CommitWrites {
  private readonly writes = new Map<string, CommitWrite<unknown>>();

  /** The value written under `name` at commit, opened by the first caller. */
  take<T>(name: string, open: () => CommitWrite<T>): T {
    let write = this.writes.get(name);
    if (!write) this.writes.set(name, (write = open() as CommitWrite<unknown>));
    return write.value as T;
  }

  async flush(manager: EntityManager): Promise<void> {
    const writes = [...this.writes.values()];
    this.writes.clear();
    for (const entry of writes) await entry.write(manager, entry.value);
  }
}
