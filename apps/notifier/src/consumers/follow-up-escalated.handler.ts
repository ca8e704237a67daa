import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { StaffNoticeRules } from '../commands/notify-staff/staff-notice-rules.service';

/** Tells the owner a callback was escalated to (or stayed overdue at the top of the chain with) (StaffNoticeRules). */
@Controller()
export class FollowUpEscalatedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly staff: StaffNoticeRules,
  ) {}

  @OnEvent(EventType.FollowUpEscalated)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.FollowUpEscalated, (event, tx) =>
      this.staff.followUpEscalated(event, tx),
    );
  }
}
