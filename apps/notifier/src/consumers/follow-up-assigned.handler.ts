import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { StaffNoticeRules } from '../commands/notify-staff/staff-notice-rules.service';

/** Tells customer service's owner of the callback they owe (StaffNoticeRules). */
@Controller()
export class FollowUpAssignedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly staff: StaffNoticeRules,
  ) {}

  @OnEvent(EventType.FollowUpAssigned)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.FollowUpAssigned, (event, tx) =>
      this.staff.followUpAssigned(event, tx),
    );
  }
}
