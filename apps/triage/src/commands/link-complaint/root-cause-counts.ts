import { ChangedMeanwhile, Transaction } from '@redress/messaging';
import { EntityManager } from 'typeorm';
import { addToOpenCounts, CountsToAdd } from '../../persistence/root-cause.store';

/**
 * Counts a complaint into an open root cause when the transaction commits. A root cause's row is triage's hottest
 * (every complaint of its category and touchpoint adds to it): counted at once, the first message of a batch locked
 * it and every other partition's batch waited for the whole of this one.
 */
export function countAtCommit(tx: Transaction, rootCauseId: string, impact: number): void {
  const counts = tx.atCommit<CountsToAdd>('triage.root-cause-counts', () => ({ value: new Map(), write: addCounts }));
  const counted = counts.get(rootCauseId) ?? { count: 0, impact: 0 };
  counts.set(rootCauseId, { count: counted.count + 1, impact: counted.impact + impact });
}

async function addCounts(manager: EntityManager, counts: CountsToAdd): Promise<void> {
  const added = await addToOpenCounts(manager, counts);
  if (added.size < counts.size)
    throw new ChangedMeanwhile('a root cause closed or merged while complaints were filed under it: filing them again');
}
