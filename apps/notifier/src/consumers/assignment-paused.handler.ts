import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { RootCausePausesStore } from '../persistence/root-cause-pauses.store';

/**
 * Keeps the pauses of a root cause's assignment for the customers' status page, which says that work waits and, once
 * it resumes, by when there is news. No message goes out: a pause may last an hour, and the page tells it.
 */
@Controller()
export class AssignmentPausedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly pauses: RootCausePausesStore,
  ) {}

  @OnEvent(EventType.AssignmentPaused)
  paused(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.AssignmentPaused, (event, tx) =>
      this.pauses.paused(tx.manager, event.data),
    );
  }

  @OnEvent(EventType.AssignmentResumed)
  resumed(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.AssignmentResumed, (event, tx) =>
      this.pauses.resumed(tx.manager, event.data),
    );
  }
}
