import { buildEvent, EnvelopeInput, EventEnvelope, EventType, ServiceName } from '@redress/contracts';
import { EntityManager } from 'typeorm';
import { CommitWrite, CommitWrites } from './commit-writes';

/**
 * One database transaction of a use case: its state changes go through `manager`, its outgoing events
 * through `emit`, and both commit or roll back together.
 */
export class Transaction {
  readonly emitted: EventEnvelope[] = [];
  readonly committedHooks: (() => void)[] = [];

  constructor(
    readonly manager: EntityManager,
    private readonly source: ServiceName,
    /** The consumed event this transaction reacts to, if any: it becomes the causation and correlation. */
    readonly cause?: EventEnvelope,
    /** Shared by the messages of a consumed batch, written at its commit. */
    readonly commitWrites = new CommitWrites(),
  ) {}

  emit<T extends EventType>(input: EnvelopeInput<T>): EventEnvelope<T> {
    const event = buildEvent(this.source, {
      causationId: this.cause?.id,
      correlationId: this.cause?.correlationId,
      ...input,
    });
    this.emitted.push(event);
    return event;
  }

  /** A value this transaction's work adds to, written by `open`'s `write` just before the commit (see CommitWrites). */
  atCommit<T>(name: string, open: () => CommitWrite<T>): T {
    return this.commitWrites.take(name, open);
  }

  /** Runs `hook` once this transaction has committed (never if it rolls back): to wake a worker, say. */
  afterCommit(hook: () => void): void {
    this.committedHooks.push(hook);
  }
}
