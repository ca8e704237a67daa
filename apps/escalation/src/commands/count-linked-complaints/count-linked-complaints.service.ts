import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { addLinkedCounts } from '../../persistence/complaint-count.store';

/**
 * Counts the complaints of each root cause from `rootcause.complaint-linked`: one more for the root cause, one fewer
 * for the one it left on a move or merge (`previousRootCauseId`). A complaint's links share its key, so they arrive in
 * order; the inbox applies each once. Links reaching us after the root cause was assigned are counted too, and
 * `rootcause.resolved` carries the count, never the ids. The counts change when the transaction commits, once for a
 * whole batch: a root cause's row is hot (all its complaints count into it), and locked from a batch's first message
 * it made every other partition's batch wait for the whole of this one.
 */
@Injectable()
export class CountLinkedComplaintsService {
  execute(event: EventEnvelope<typeof EventType.RootCauseComplaintLinked>, tx: Transaction): Promise<void> {
    const { rootCauseId, previousRootCauseId } = event.data;
    const changes = tx.atCommit('escalation.linked-counts', () => ({
      value: new Map<string, number>(),
      write: addLinkedCounts,
    }));
    changes.set(rootCauseId, (changes.get(rootCauseId) ?? 0) + 1);
    if (previousRootCauseId && previousRootCauseId !== rootCauseId)
      changes.set(previousRootCauseId, (changes.get(previousRootCauseId) ?? 0) - 1);
    return Promise.resolve();
  }
}
