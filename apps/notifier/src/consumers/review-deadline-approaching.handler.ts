import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { StaffNoticeRules } from '../commands/notify-staff/staff-notice-rules.service';

/** Reminds committee members who have not voted that a review deadline is near (StaffNoticeRules). */
@Controller()
export class ReviewDeadlineApproachingHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly staff: StaffNoticeRules,
  ) {}

  @OnEvent(EventType.RootCauseReviewDeadlineApproaching)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseReviewDeadlineApproaching, (event, tx) =>
      this.staff.reviewDeadlineApproaching(event, tx),
    );
  }
}
