import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { LinkComplaintService } from '../commands/link-complaint/link-complaint.service';

@Controller()
export class ComplaintReceivedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly linkComplaint: LinkComplaintService,
  ) {}

  @OnEvent(EventType.ComplaintReceived)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.ComplaintReceived, (event, tx) =>
      this.linkComplaint.execute(event, tx),
    );
  }
}
