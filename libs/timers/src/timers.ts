import { Inject, Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { TimerSpec } from './timer';
import { TIMERS_OPTIONS, TimersOptions } from './timers.options';

/** A timer's change a transaction holds until it commits: its new time, or null to cancel it. */
type HeldTimers = Map<string, { kind: string; subjectId: string; spec: TimerSpec | null }>;

/**
 * Schedules and cancels timers inside the caller's transaction, so they commit or roll back with its state. The
 * `AtCommit` forms hold the change until the transaction commits and write every change so held in two statements:
 * a fan-out batch or a consumed batch that arms or disarms a timer per complaint sends two round trips, not hundreds.
 * The last change asked for a kind and subject wins, held or not.
 */
@Injectable()
export class Timers {
  constructor(@Inject(TIMERS_OPTIONS) private readonly options: TimersOptions) {}

  /** Schedules a timer; a pending timer of the same kind and subject is moved to the new time and payload. */
  schedule(tx: Transaction, spec: TimerSpec): Promise<void> {
    this.held(tx).delete(timerKey(spec.kind, spec.subjectId));
    return scheduleTimer(tx.manager, this.options.schema, spec);
  }

  /** Schedules many timers with one statement (each as `schedule` would). */
  scheduleMany(tx: Transaction, specs: TimerSpec[]): Promise<void> {
    const held = this.held(tx);
    for (const spec of specs) held.delete(timerKey(spec.kind, spec.subjectId));
    return scheduleTimers(tx.manager, this.options.schema, specs);
  }

  /** Cancels the pending timer of this kind and subject; returns whether there was one to cancel. */
  async cancel(tx: Transaction, kind: string, subjectId: string): Promise<boolean> {
    const held = this.held(tx);
    const key = timerKey(kind, subjectId);
    const wasHeld = Boolean(held.get(key)?.spec);
    held.delete(key);
    return (await cancelTimer(tx.manager, this.options.schema, kind, subjectId)) || wasHeld;
  }

  /** As `schedule`, when the transaction commits. */
  scheduleAtCommit(tx: Transaction, spec: TimerSpec): void {
    this.held(tx).set(timerKey(spec.kind, spec.subjectId), { kind: spec.kind, subjectId: spec.subjectId, spec });
  }

  /** As `cancel`, when the transaction commits. */
  cancelAtCommit(tx: Transaction, kind: string, subjectId: string): void {
    this.held(tx).set(timerKey(kind, subjectId), { kind, subjectId, spec: null });
  }

  private held(tx: Transaction): HeldTimers {
    return tx.atCommit(`timers:${this.options.schema}`, () => ({
      value: new Map() as HeldTimers,
      write: (manager, held) => writeHeldTimers(manager, this.options.schema, held),
    }));
  }
}

function timerKey(kind: string, subjectId: string): string {
  return `${kind}\u0000${subjectId}`;
}

/** Cancels first, then schedules, each in key order: two transactions holding the same timers lock them alike. */
async function writeHeldTimers(manager: EntityManager, schema: string, held: HeldTimers): Promise<void> {
  const changes = [...held.keys()].sort().map((key) => held.get(key)!);
  await cancelTimers(
    manager,
    schema,
    changes.filter((change) => change.spec === null),
  );
  await scheduleTimers(
    manager,
    schema,
    changes.map((change) => change.spec).filter((spec): spec is TimerSpec => spec !== null),
  );
}

export async function scheduleTimer(manager: EntityManager, schema: string, spec: TimerSpec): Promise<void> {
  await manager.query(
    `INSERT INTO "${schema}".timers (id, kind, subject_id, due_at, payload) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (kind, subject_id) WHERE status = 'pending'
     DO UPDATE SET due_at = EXCLUDED.due_at, payload = EXCLUDED.payload, attempts = 0, last_error = NULL`,
    [randomUUID(), spec.kind, spec.subjectId, spec.dueAt, JSON.stringify(spec.payload ?? {})],
  );
}

export async function scheduleTimers(manager: EntityManager, schema: string, specs: TimerSpec[]): Promise<void> {
  if (specs.length === 0) return;
  const keys = new Set(specs.map((spec) => timerKey(spec.kind, spec.subjectId)));
  if (keys.size !== specs.length) throw new Error('scheduleTimers: one timer per kind and subject in one call');
  await manager.query(
    `INSERT INTO "${schema}".timers (id, kind, subject_id, due_at, payload)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::jsonb[])
     ON CONFLICT (kind, subject_id) WHERE status = 'pending'
     DO UPDATE SET due_at = EXCLUDED.due_at, payload = EXCLUDED.payload, attempts = 0, last_error = NULL`,
    [
      specs.map(() => randomUUID()),
      specs.map((spec) => spec.kind),
      specs.map((spec) => spec.subjectId),
      specs.map((spec) => spec.dueAt.toISOString()),
      specs.map((spec) => JSON.stringify(spec.payload ?? {})),
    ],
  );
}

/**
 * A timer being fired at this very moment is locked by the worker and left alone (SKIP LOCKED): waiting for it
 * could deadlock with a handler that waits for the caller's rows, and its handler checks the subject's state anyway.
 */
export async function cancelTimer(
  manager: EntityManager,
  schema: string,
  kind: string,
  subjectId: string,
): Promise<boolean> {
  return (await cancelTimers(manager, schema, [{ kind, subjectId }])) > 0;
}

/** Cancels the pending timers of these kinds and subjects as `cancelTimer` does each; how many there were. */
async function cancelTimers(
  manager: EntityManager,
  schema: string,
  timers: { kind: string; subjectId: string }[],
): Promise<number> {
  if (timers.length === 0) return 0;
  const cancelled: unknown[] = await manager.query(
    `DELETE FROM "${schema}".timers WHERE id IN (
       SELECT t.id FROM "${schema}".timers t JOIN unnest($1::text[], $2::text[]) AS c(kind, subject_id)
         ON t.kind = c.kind AND t.subject_id = c.subject_id
       WHERE t.status = 'pending' FOR UPDATE OF t SKIP LOCKED)
     RETURNING id`,
    [timers.map((timer) => timer.kind), timers.map((timer) => timer.subjectId)],
  );
  // TypeORM answers a DELETE ... RETURNING with [rows, count].
  const rows = Array.isArray(cancelled[0]) ? (cancelled[0] as unknown[]) : cancelled;
  return rows.length;
}
