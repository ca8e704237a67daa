import { buildEvent, EventType, topicFor } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { KafkaProbe } from './kafka-probe';
import { TestStack } from './test-stack';

/** Publishes a `rootcause.resolved` as escalation would, at a chosen time: the tests' clock for what follows a fix. */
export async function publishResolved(
  probe: KafkaProbe,
  stack: TestStack,
  rootCauseId: string,
  resolvedAt: Date,
): Promise<void> {
  const event = buildEvent('escalation', {
    type: EventType.RootCauseResolved,
    key: rootCauseId,
    correlationId: rootCauseId,
    data: {
      rootCauseId,
      assignmentId: randomUUID(),
      actionsTaken: 'Packaging changed',
      causeReport: 'Boxes were too thin',
      eliminationProposal: 'Double-walled boxes for fragile goods',
      owner: { id: randomUUID(), name: 'Test owner' },
      complaintCount: 1,
      resolvedAt: resolvedAt.toISOString(),
    },
  });
  await probe.send(topicFor(EventType.RootCauseResolved, stack.topicPrefix), [
    { key: rootCauseId, value: JSON.stringify(event) },
  ]);
}
