import { Transaction } from '@redress/messaging';

/** What a caller asks for: run the handler of `kind` for `subjectId` at `dueAt`, with `payload`. */
export interface TimerSpec {
  kind: string;
  /** The aggregate the timer is about (a root cause id, an assignment id ...). */
  subjectId: string;
  dueAt: Date;
  /** Small JSON the handler needs; the handler should still read its subject's current state. */
  payload?: Record<string, unknown>;
}

/** A timer whose time has come, as its handler receives it. */
export interface DueTimer {
  id: string;
  kind: string;
  subjectId: string;
  dueAt: Date;
  payload: Record<string, unknown>;
  /** Earlier failed attempts at this timer. */
  attempts: number;
}

/**
 * Runs inside the transaction that deletes the timer: whatever it writes and emits commits with that delete, and
 * nothing of it commits if it throws (the timer is retried later). It may schedule new timers, even of its own
 * kind and subject. A timer may fire after its subject has moved on (a cancel skips a timer that is firing at that
 * moment), so a handler checks its subject's state before acting.
 */
export type TimerHandler = (timer: DueTimer, tx: Transaction) => Promise<void>;

/**
 * Like `TimerHandler`, for many due timers of one kind at once, in one transaction that deletes them all: a
 * handler that changes its subjects with a few set-based statements fires thousands of timers a second. If it
 * throws, nothing of the batch commits and the worker fires each of its timers alone (so one bad timer is retried
 * and parked by itself while the others fire).
 */
export type BatchTimerHandler = (timers: DueTimer[], tx: Transaction) => Promise<void>;
