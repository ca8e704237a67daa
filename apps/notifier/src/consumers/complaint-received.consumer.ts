import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { AcknowledgeComplaintService } from '../commands/acknowledge-complaint/acknowledge-complaint.service';

@Controller()
export class ComplaintReceivedConsumer {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly acknowledge: AcknowledgeComplaintService,
  ) {}

  @OnEvent(EventType.ComplaintReceived)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.ComplaintReceived, (event, tx) => this.acknowledge.execute(event, tx));
  }
}
