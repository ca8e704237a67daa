import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope } from '@redress/contracts';
import { DataSource } from 'typeorm';
import { BatchTransaction } from './batch-transaction';
import { ConsumedBatch } from '../consumer/consumed-batch';
import { claimInbox } from '../inbox/inbox';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import { appendToOutbox } from '../outbox/outbox';
import { OutboxRelayJob } from '../outbox/outbox-relay.job';
import { Transaction } from './transaction';

export type ConsumeOutcome = 'applied' | 'duplicate';

/** Runs use cases so that state, outgoing events and consumed event ids are written in one transaction. */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelayJob,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async run<T>(work: (tx: Transaction) => Promise<T>, cause?: EventEnvelope): Promise<T> {
    const [value, tx] = await this.dataSource.transaction(async (manager) => {
      const tx = new Transaction(manager, this.options.service, cause);
      const value = await work(tx);
      await tx.commitWrites.flush(manager);
      await appendToOutbox(manager, this.options.schema, tx.emitted);
      return [value, tx] as const;
    });
    this.afterCommit(tx.emitted.length, tx.committedHooks);
    return value;
  }

  /** Applies a consumed event at most once per consumer: a redelivered event id changes nothing. */
  consume(event: EventEnvelope, consumer: string, work: (tx: Transaction) => Promise<void>): Promise<ConsumeOutcome> {
    return this.run(async (tx) => {
      if (!(await claimInbox(tx.manager, this.options.schema, consumer, event))) return 'duplicate';
      await work(tx);
      return 'applied';
    }, event);
  }

  /** Like `consume`, inside the batch's shared transaction; what it writes commits with the whole batch. */
  async consumeInBatch(
    batch: ConsumedBatch,
    event: EventEnvelope,
    consumer: string,
    work: (tx: Transaction) => Promise<void>,
  ): Promise<ConsumeOutcome> {
    const shared = await batch.join(() =>
      BatchTransaction.open(this.dataSource.createQueryRunner(), this.options.schema, batch.eventIds, (emitted) =>
        this.afterCommit(emitted, []),
      ),
    );
    if (shared.hasApplied(event, consumer)) return 'duplicate';
    const tx = new Transaction(shared.manager, this.options.service, event, shared.commitWrites);
    await work(tx);
    shared.record(event, consumer, tx);
    tx.committedHooks.forEach((hook) => batch.afterCommit(hook));
    return 'applied';
  }

  private afterCommit(emitted: number, hooks: (() => void)[]): void {
    if (emitted > 0) this.relay.committed();
    hooks.forEach((hook) => hook());
  }
}
