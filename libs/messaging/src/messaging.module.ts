import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConsumerStats } from './consumer/consumer-stats';
import { DeadLetters } from './inbox/dead-letters';
import { InboundEvents } from './inbox/inbound-events';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { OutboxMetrics } from './outbox/outbox-metrics';
import { OutboxRelayJob } from './outbox/outbox-relay.job';
import { UnitOfWork } from './transaction/unit-of-work';

/** Outbox, relay, inbox, dead letters and their metrics for one service. Needs a `DataSource` provider in scope. */
@Global()
@Module({})
export class MessagingModule {
  static forService(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        UnitOfWork,
        OutboxRelayJob,
        OutboxMetrics,
        DeadLetters,
        ConsumerStats,
        InboundEvents,
      ],
      exports: [UnitOfWork, InboundEvents, ConsumerStats, OutboxRelayJob],
    };
  }
}
