import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventType } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { countLinked, countUnlinked } from '../../persistence/complaint-count.store';

/**
 * Counts the complaints of each root cause from `rootcause.complaint-linked`: one more for the root cause, one fewer
 * for the one it left on a move or merge (`previousRootCauseId`). A complaint's links share its key, so they arrive in
 * order; the inbox applies each once. Links reaching us after the root cause was assigned are counted too, and
 * `rootcause.resolved` carries the count, never the ids.
 */
@Injectable()
export class CountLinkedComplaintsService {
  async execute(event: EventEnvelope<typeof EventType.RootCauseComplaintLinked>, tx: Transaction): Promise<void> {
    const { rootCauseId, previousRootCauseId } = event.data;
    await countLinked(tx.manager, rootCauseId);
    if (previousRootCauseId && previousRootCauseId !== rootCauseId)
      await countUnlinked(tx.manager, previousRootCauseId);
  }
}
