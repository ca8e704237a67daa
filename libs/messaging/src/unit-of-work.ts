import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope } from '@redress/contracts';
import { DataSource } from 'typeorm';
import { claimInbox } from './inbox';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { appendToOutbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { Transaction } from './transaction';

export type ConsumeOutcome = 'applied' | 'duplicate';

/** Runs use cases so that state, outgoing events and consumed event ids are written in one transaction. */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async run<T>(work: (tx: Transaction) => Promise<T>, cause?: EventEnvelope): Promise<T> {
    let emitted = 0;
    const result = await this.dataSource.transaction(async (manager) => {
      const tx = new Transaction(manager, this.options.service, cause);
      const value = await work(tx);
      await appendToOutbox(manager, this.options.schema, tx.emitted);
      emitted = tx.emitted.length;
      return value;
    });
    if (emitted > 0) this.relay.committed();
    return result;
  }

  /** Applies a consumed event at most once per consumer: a redelivered event id changes nothing. */
  consume(event: EventEnvelope, consumer: string, work: (tx: Transaction) => Promise<void>): Promise<ConsumeOutcome> {
    return this.run(async (tx) => {
      if (!(await claimInbox(tx.manager, this.options.schema, consumer, event))) return 'duplicate';
      await work(tx);
      return 'applied';
    }, event);
  }
}
