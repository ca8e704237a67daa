import { EventPattern } from '@nestjs/microservices';
import { EventType, topicFor } from '@redress/contracts';

/** Subscribes a handler to the topics of one or more event types (with this process's topic prefix). */
export function OnEvent(...types: EventType[]): MethodDecorator {
  return EventPattern(types.map((type) => topicFor(type)));
}
