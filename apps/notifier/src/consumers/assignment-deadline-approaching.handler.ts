import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { StaffNoticeRules } from '../commands/notify-staff/staff-notice-rules.service';

/** Warns the owner that a share of a deadline has passed (StaffNoticeRules). */
@Controller()
export class AssignmentDeadlineApproachingHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly staff: StaffNoticeRules,
  ) {}

  @OnEvent(EventType.AssignmentDeadlineApproaching)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.AssignmentDeadlineApproaching, (event, tx) =>
      this.staff.deadlineApproaching(event, tx),
    );
  }
}
