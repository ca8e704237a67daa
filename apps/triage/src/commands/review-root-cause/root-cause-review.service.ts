import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { EventType, RootCauseOpenedData } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { Timers } from '@redress/timers';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { Decision, quorumFor, Vote } from '../../domain/committee-review';
import { countCurrentMembers, currentChair } from '../../persistence/committee.store';
import {
  identifyRootCause,
  LockedRootCause,
  lockRootCause,
  lockRootCauses,
  RootCauseStatus,
  votesOn,
} from '../../persistence/root-cause.store';

export type { LockedRootCause, RootCauseStatus } from '../../persistence/root-cause.store';

/** The timer that ends a committee review at its deadline (subject: the root cause id). */
export const REVIEW_DEADLINE_TIMER = 'committee-review';
/** Reminds the members who have not voted, COMMITTEE_REVIEW_REMINDER into the review (subject: the root cause). */
export const REVIEW_REMINDER_TIMER = 'committee-review-reminder';
/** The timer that moves a merged root cause's complaints over in batches (subject: the absorbed root cause id). */
export const MERGE_RELINK_TIMER = 'rootcause-merge';

/** Root causes new and moved complaints may join. */
export const OPEN_STATUSES: RootCauseStatus[] = ['under-review', 'identified'];

export interface IdentifiedRootCause extends Decision {
  rootCauseId: string;
  complaintCount: number;
  identifiedAt: string;
  votes: { memberId: string; cause: string; department: string }[];
  /** The chair, told when the votes or the deadline decided without them (a staff notice). */
  chairId?: string;
}

/**
 * What every path to a decision shares: votes, the chair, the quorum, and the one conditional UPDATE that identifies a
 * root cause. Every path locks the root cause row first (SELECT ... FOR UPDATE), so concurrent votes, the chair and the
 * deadline run one after another on it, and only the first to find it under review identifies it and emits
 * `rootcause.identified`, in the same transaction.
 */
@Injectable()
export class RootCauseReview {
  constructor(
    @Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings,
    private readonly timers: Timers,
  ) {}

  /** A root cause just opened goes to the committee: announced, with its review deadline as a durable timer. */
  async openForReview(tx: Transaction, opened: RootCauseOpenedData, reviewDueAt: Date): Promise<void> {
    tx.emit({
      type: EventType.RootCauseOpened,
      key: opened.rootCauseId,
      correlationId: opened.rootCauseId,
      data: opened,
    });
    await this.timers.schedule(tx, { kind: REVIEW_DEADLINE_TIMER, subjectId: opened.rootCauseId, dueAt: reviewDueAt });
    const { reviewTimeoutMs, reminderPercent } = this.settings.committee;
    if (reminderPercent > 0)
      await this.timers.schedule(tx, {
        kind: REVIEW_REMINDER_TIMER,
        subjectId: opened.rootCauseId,
        dueAt: new Date(reviewDueAt.getTime() - Math.round((reviewTimeoutMs * (100 - reminderPercent)) / 100)),
      });
  }

  async lock(tx: Transaction, rootCauseId: string): Promise<LockedRootCause> {
    const rootCause = await lockRootCause(tx.manager, rootCauseId);
    if (!rootCause) throw new NotFoundException(`No root cause ${rootCauseId}`);
    return rootCause;
  }

  /** Locks two root causes in id order, so two transactions locking the same pair cannot deadlock. */
  async lockPair(tx: Transaction, firstId: string, secondId: string): Promise<[LockedRootCause, LockedRootCause]> {
    const rows = await lockRootCauses(tx.manager, [firstId, secondId]);
    const find = (id: string) => {
      const found = rows.find((row) => row.id === id);
      if (!found) throw new NotFoundException(`No root cause ${id}`);
      return found;
    };
    return [find(firstId), find(secondId)];
  }

  requireUnderReview(rootCause: LockedRootCause): void {
    if (rootCause.status !== 'under-review') {
      throw new ConflictException(`Root cause ${rootCause.id} is ${rootCause.status}; its review is closed`);
    }
  }

  async votes(tx: Transaction, rootCauseId: string): Promise<Vote[]> {
    return votesOn(tx.manager, rootCauseId);
  }

  async quorum(tx: Transaction): Promise<number> {
    return quorumFor(await countCurrentMembers(tx.manager), this.settings.committee.quorum);
  }

  async chairId(tx: Transaction): Promise<string | null> {
    return (await currentChair(tx.manager))?.id ?? null;
  }

  /**
   * Identifies the root cause if it is still under review, emits `rootcause.identified` and cancels the review
   * deadline; returns null when something else decided first (nothing is emitted then).
   */
  async identify(
    tx: Transaction,
    rootCauseId: string,
    decision: Decision,
    votes: Vote[],
  ): Promise<IdentifiedRootCause | null> {
    const now = new Date();
    const updated = await identifyRootCause(tx.manager, rootCauseId, decision, now);
    if (!updated) return null;
    await this.timers.cancel(tx, REVIEW_DEADLINE_TIMER, rootCauseId);
    await this.timers.cancel(tx, REVIEW_REMINDER_TIMER, rootCauseId);
    const identified: IdentifiedRootCause = {
      rootCauseId,
      ...decision,
      complaintCount: updated.complaintCount,
      identifiedAt: now.toISOString(),
      votes: votes.map(({ memberId, cause, department }) => ({ memberId, cause, department })),
    };
    const chairId = decision.decidedBy === 'chair' ? null : await this.chairId(tx);
    if (chairId) identified.chairId = chairId;
    tx.emit({ type: EventType.RootCauseIdentified, key: rootCauseId, correlationId: rootCauseId, data: identified });
    return identified;
  }
}
