import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { TimerJob } from '@redress/timers';
import { RootCauseUpdatesHandler } from '../commands/inform-complaints/root-cause-updates.handler';
import { StaffNoticeRules } from '../commands/notify-staff/staff-notice-rules.service';

/** Tells the owner (StaffNoticeRules), stores the event and schedules its fan-out to the root cause's complaints (see RootCauseUpdatesHandler). */
@Controller()
export class AssignmentEscalatedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly updates: RootCauseUpdatesHandler,
    private readonly timers: TimerJob,
    private readonly staff: StaffNoticeRules,
  ) {}

  @OnEvent(EventType.AssignmentEscalated)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.AssignmentEscalated, async (event, tx) => {
      tx.afterCommit(() => this.timers.wake());
      await this.staff.assignmentEscalated(event, tx);
      return this.updates.record(event, tx);
    });
  }
}
