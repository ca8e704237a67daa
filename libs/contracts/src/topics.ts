import { ALL_EVENT_TYPES, EventType, isEventType, SERVICES, ServiceName } from './event-types';

/**
 * Topic names. An optional prefix (KAFKA_TOPIC_PREFIX) lets several stacks share one broker,
 * as the test suite does; it is read when called so each process can set its own.
 */
export function topicPrefix(): string {
  return process.env.KAFKA_TOPIC_PREFIX ?? '';
}

export function topicFor(type: EventType, prefix = topicPrefix()): string {
  return `${prefix}${type}`;
}

/** The event type a topic carries, or null for a topic that is not an event topic of this prefix. */
export function eventTypeOfTopic(topic: string, prefix = topicPrefix()): EventType | null {
  const type = topic.startsWith(prefix) ? topic.slice(prefix.length) : null;
  return isEventType(type) ? type : null;
}

export function deadLetterTopic(service: ServiceName, prefix = topicPrefix()): string {
  return `${prefix}dlq.${service}`;
}

/** Every topic the brokers must have: one per event type plus a dead-letter topic per service. */
export function allTopics(prefix = topicPrefix()): string[] {
  return [
    ...ALL_EVENT_TYPES.map((type) => topicFor(type, prefix)),
    ...SERVICES.map((service) => deadLetterTopic(service, prefix)),
  ];
}
