import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { CountLinkedComplaintsService } from '../commands/count-linked-complaints/count-linked-complaints.service';

@Controller()
export class ComplaintLinkedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly countLinkedComplaints: CountLinkedComplaintsService,
  ) {}

  @OnEvent(EventType.RootCauseComplaintLinked)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseComplaintLinked, (event, tx) =>
      this.countLinkedComplaints.execute(event, tx),
    );
  }
}
