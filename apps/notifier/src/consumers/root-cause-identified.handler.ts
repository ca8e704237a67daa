import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { StaffNoticeRules } from '../commands/notify-staff/staff-notice-rules.service';

/** Tells the committee's chair of a root cause the votes or the deadline decided (StaffNoticeRules). */
@Controller()
export class RootCauseIdentifiedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly staff: StaffNoticeRules,
  ) {}

  @OnEvent(EventType.RootCauseIdentified)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseIdentified, (event, tx) =>
      this.staff.rootCauseIdentified(event, tx),
    );
  }
}
