import { EventPattern } from '@nestjs/microservices';
import { EventType, topicFor } from '@redress/contracts';

/** Subscribes a handler to the topic of an event type (with this process's topic prefix). */
export function OnEvent(type: EventType): MethodDecorator {
  return EventPattern(topicFor(type));
}
