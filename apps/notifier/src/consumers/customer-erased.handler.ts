import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { EraseComplaintsService } from '../commands/erase-complaints/erase-complaints.service';

@Controller()
export class CustomerErasedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly eraseComplaints: EraseComplaintsService,
  ) {}

  @OnEvent(EventType.CustomerErased)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.CustomerErased, (event, tx) =>
      this.eraseComplaints.execute(event, tx),
    );
  }
}
