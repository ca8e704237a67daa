import { Controller } from '@nestjs/common';
import { Ctx, KafkaContext } from '@nestjs/microservices';
import { EventType } from '@redress/contracts';
import { InboundEvents, OnEvent } from '@redress/messaging';
import { CreateAssignmentService } from '../commands/create-assignment/create-assignment.service';

@Controller()
export class RootCauseIdentifiedHandler {
  constructor(
    private readonly inbound: InboundEvents,
    private readonly createAssignment: CreateAssignmentService,
  ) {}

  @OnEvent(EventType.RootCauseIdentified)
  handle(@Ctx() context: KafkaContext) {
    return this.inbound.process(context, EventType.RootCauseIdentified, (event, tx) =>
      this.createAssignment.execute(event, tx),
    );
  }
}
