import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { RequestFollowUpService } from '../commands/request-follow-up/request-follow-up.service';

@Controller()
export class FollowUpRequestedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly requestFollowUp: RequestFollowUpService,
  ) {}

  @OnEvent(EventType.FollowUpRequested)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.FollowUpRequested, (event, tx) =>
      this.requestFollowUp.execute(event, tx),
    );
  }
}
