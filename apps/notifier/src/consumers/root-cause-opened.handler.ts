import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { StaffNoticeRules } from '../commands/notify-staff/staff-notice-rules.service';

/** Tells the committee's members of a new root cause awaiting review (a digest by default; StaffNoticeRules). */
@Controller()
export class RootCauseOpenedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly staff: StaffNoticeRules,
  ) {}

  @OnEvent(EventType.RootCauseOpened)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseOpened, (event, tx) =>
      this.staff.rootCauseOpened(event, tx),
    );
  }
}
