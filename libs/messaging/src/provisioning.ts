/** `@redress/messaging/provisioning`: the messaging tables' migrations and the requeue, without Nest or kafkajs. */
export * from './messaging-pruning';
export * from './messaging-tables';
export * from './outbox/requeue-last-sent';
