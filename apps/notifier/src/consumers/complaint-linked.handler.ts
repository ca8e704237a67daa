import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { DeliveryJob } from '../commands/deliver-notification/delivery.job';
import { LinkComplaintService } from '../commands/link-complaint/link-complaint.service';

@Controller()
export class ComplaintLinkedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly linkComplaint: LinkComplaintService,
    private readonly delivery: DeliveryJob,
  ) {}

  @OnEvent(EventType.RootCauseComplaintLinked)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseComplaintLinked, async (event, tx) => {
      // Most complaints join a root cause with nothing to tell yet: no claim for them.
      if (await this.linkComplaint.execute(event, tx)) tx.afterCommit(() => this.delivery.wake());
    });
  }
}
