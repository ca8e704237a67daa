import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { TimerJob } from '@redress/timers';
import { RootCauseUpdatesHandler } from '../commands/inform-complaints/root-cause-updates.handler';
import { StaffNoticeRules } from '../commands/notify-staff/staff-notice-rules.service';

/**
 * A missed resolve deadline at the top of the chain is a date the customers were promised: it is renewed like any
 * progress (see RootCauseUpdatesHandler). A missed acknowledge deadline leaves the promised date ahead, so no customer is told.
 * Either way the owner at the top is (StaffNoticeRules).
 */
@Controller()
export class AssignmentBreachedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly updates: RootCauseUpdatesHandler,
    private readonly timers: TimerJob,
    private readonly staff: StaffNoticeRules,
  ) {}

  @OnEvent(EventType.AssignmentBreached)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.AssignmentBreached, async (event, tx) => {
      await this.staff.assignmentBreached(event, tx);
      if (event.data.reason !== 'resolve-overdue') return;
      tx.afterCommit(() => this.timers.wake());
      await this.updates.record(event, tx);
    });
  }
}
