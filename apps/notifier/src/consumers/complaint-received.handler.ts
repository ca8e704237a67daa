import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { DeliveryJob } from '../commands/deliver-notification/delivery.job';
import { RecordComplaintService } from '../commands/record-complaint/record-complaint.service';

@Controller()
export class ComplaintReceivedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly recordComplaint: RecordComplaintService,
    private readonly delivery: DeliveryJob,
  ) {}

  /** The acknowledgement is written with the complaint; the delivery worker sends it once this commits. */
  @OnEvent(EventType.ComplaintReceived)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.ComplaintReceived, (event, tx) => {
      tx.afterCommit(() => this.delivery.wake());
      return this.recordComplaint.execute(event, tx);
    });
  }
}
