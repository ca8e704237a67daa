import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { RecordTimelineService } from '../commands/record-timeline/record-timeline.service';

/** Every event that concerns a complaint, projected onto the complaint's status and timeline. */
@Controller()
export class TimelineHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly timeline: RecordTimelineService,
  ) {}

  @OnEvent(
    EventType.CustomerNotified,
    EventType.RootCauseComplaintLinked,
    EventType.CompensationGranted,
    EventType.CompensationReviewRequired,
    EventType.FeedbackReceived,
    EventType.PlaybookApplied,
    EventType.FollowUpRequested,
    EventType.FollowUpEscalated,
    EventType.FollowUpCompleted,
    EventType.ComplaintClosed,
  )
  complaintEvent(@Ctx() context: KafkaContext) {
    return this.inbound.processByTopic(context, (event, tx) =>
      this.timeline.recordComplaintEvent(event, (event.data as { complaintId: string }).complaintId, tx),
    );
  }

  @OnEvent(
    EventType.RootCauseIdentified,
    EventType.AssignmentCreated,
    EventType.AssignmentAcknowledged,
    EventType.AssignmentEscalated,
    EventType.AssignmentPaused,
    EventType.AssignmentResumed,
    EventType.RootCauseResolved,
  )
  rootCauseEvent(@Ctx() context: KafkaContext) {
    return this.inbound.processByTopic(context, (event, tx) =>
      this.timeline.recordRootCauseEvent(event, (event.data as { rootCauseId: string }).rootCauseId, tx),
    );
  }
}
