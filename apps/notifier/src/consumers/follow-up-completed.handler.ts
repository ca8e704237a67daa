import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { ComplaintClosingHandler } from '../commands/close-complaint/complaint-closing.handler';

/** Customer service made the callback a low rating asked for: the complaint closes. */
@Controller()
export class FollowUpCompletedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly closing: ComplaintClosingHandler,
  ) {}

  @OnEvent(EventType.FollowUpCompleted)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.FollowUpCompleted, (event, tx) =>
      this.closing.calledBack(tx, event.data.complaintId),
    );
  }
}
