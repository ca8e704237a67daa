import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { ResolveRootCauseService } from '../commands/resolve-root-cause/resolve-root-cause.service';

@Controller()
export class RootCauseResolvedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly resolveRootCause: ResolveRootCauseService,
  ) {}

  @OnEvent(EventType.RootCauseResolved)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseResolved, (event, tx) =>
      this.resolveRootCause.execute(event, tx),
    );
  }
}
