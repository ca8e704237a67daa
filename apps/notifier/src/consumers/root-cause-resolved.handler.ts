import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { TimerJob } from '@redress/timers';
import { RootCauseUpdatesHandler } from '../commands/inform-complaints/root-cause-updates.handler';

/** Stores the event and schedules its fan-out to the root cause's complaints (see RootCauseUpdatesHandler). */
@Controller()
export class RootCauseResolvedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly updates: RootCauseUpdatesHandler,
    private readonly timers: TimerJob,
  ) {}

  @OnEvent(EventType.RootCauseResolved)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseResolved, (event, tx) => {
      tx.afterCommit(() => this.timers.wake());
      return this.updates.record(event, tx);
    });
  }
}
