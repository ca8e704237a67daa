import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { RecordTimelineService } from '../commands/record-timeline/record-timeline.service';

/** Every event that concerns a complaint, projected onto the complaint's status and timeline. */
@Controller()
export class TimelineConsumer {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly timeline: RecordTimelineService,
  ) {}

  @OnEvent(EventType.CustomerNotified)
  customerNotified(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.CustomerNotified, (event, tx) =>
      this.timeline.recordComplaintEvent(event, event.data.complaintId, tx));
  }

  @OnEvent(EventType.RootCauseComplaintLinked)
  complaintLinked(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseComplaintLinked, (event, tx) =>
      this.timeline.recordComplaintEvent(event, event.data.complaintId, tx));
  }

  @OnEvent(EventType.CompensationGranted)
  compensationGranted(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.CompensationGranted, (event, tx) =>
      this.timeline.recordComplaintEvent(event, event.data.complaintId, tx));
  }

  @OnEvent(EventType.CompensationReviewRequired)
  compensationReviewRequired(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.CompensationReviewRequired, (event, tx) =>
      this.timeline.recordComplaintEvent(event, event.data.complaintId, tx));
  }

  @OnEvent(EventType.FeedbackReceived)
  feedbackReceived(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.FeedbackReceived, (event, tx) =>
      this.timeline.recordComplaintEvent(event, event.data.complaintId, tx));
  }

  @OnEvent(EventType.RootCauseIdentified)
  rootCauseIdentified(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseIdentified, (event, tx) =>
      this.timeline.recordRootCauseEvent(event, event.data.rootCauseId, tx));
  }

  @OnEvent(EventType.AssignmentCreated)
  assignmentCreated(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.AssignmentCreated, (event, tx) =>
      this.timeline.recordRootCauseEvent(event, event.data.rootCauseId, tx));
  }

  @OnEvent(EventType.AssignmentAcknowledged)
  assignmentAcknowledged(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.AssignmentAcknowledged, (event, tx) =>
      this.timeline.recordRootCauseEvent(event, event.data.rootCauseId, tx));
  }

  @OnEvent(EventType.AssignmentEscalated)
  assignmentEscalated(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.AssignmentEscalated, (event, tx) =>
      this.timeline.recordRootCauseEvent(event, event.data.rootCauseId, tx));
  }

  @OnEvent(EventType.RootCauseResolved)
  rootCauseResolved(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseResolved, (event, tx) =>
      this.timeline.recordRootCauseEvent(event, event.data.rootCauseId, tx));
  }
}
