import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { RecordErasureProgressService } from '../commands/record-erasure-progress/record-erasure-progress.service';

/** Each service's report that it erased its part of a customer's data. */
@Controller()
export class ErasureProgressHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly progress: RecordErasureProgressService,
  ) {}

  @OnEvent(EventType.CustomerErasureProgressed)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.CustomerErasureProgressed, (event, tx) =>
      this.progress.execute(event, tx),
    );
  }
}
