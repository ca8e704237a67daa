import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FollowUpState } from '../domain/follow-up';

export const FOLLOW_UP_TIMER = 'escalation.follow-up-deadline';

export interface FollowUpRow extends FollowUpState {
  id: string;
  complaintId: string;
  department: string;
  windowMs: number;
}

export interface FollowUpView {
  id: string;
  complaintId: string;
  rating: number;
  reason: string | null;
  comment: string | null;
  department: string;
  level: number;
  owner: { id: string; name: string };
  status: 'open' | 'done';
  requestedAt: string;
  dueAt: string;
  overdue: boolean;
  breachedAt: string | null;
  outcome: string | null;
  note: string | null;
  completedAt: string | null;
}

const VIEW_COLUMNS = `f.*, o.name AS owner_name`;

/** escalation.follow_ups: created, locked for a change, changed, and read as owners see them. */
@Injectable()
export class FollowUpStore {
  /**
   * A new callback at `owner`'s level, open from `requestedAt` until `dueAt`; its id, or null when the complaint
   * already has one (once per complaint).
   */
  async insert(
    manager: EntityManager,
    followUp: {
      id: string;
      complaintId: string;
      rating: number;
      reason: string | null;
      comment: string | null;
      department: string;
      owner: { id: string; level: number };
      requestedAt: Date;
      dueAt: Date;
      windowMs: number;
      timezone: string | null;
      windowFrom: string | null;
      windowTo: string | null;
    },
  ): Promise<string | null> {
    const created: { id: string }[] = await manager.query(
      `INSERT INTO escalation.follow_ups (id, complaint_id, rating, reason, comment, department_id, level, owner_id, status, requested_at, due_at, window_ms,
         timezone, window_from, window_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9, $10, $11, $12, $13, $14) ON CONFLICT (complaint_id) DO NOTHING RETURNING id`,
      [
        followUp.id,
        followUp.complaintId,
        followUp.rating,
        followUp.reason,
        followUp.comment,
        followUp.department,
        followUp.owner.level,
        followUp.owner.id,
        followUp.requestedAt,
        followUp.dueAt,
        followUp.windowMs,
        followUp.timezone,
        followUp.windowFrom,
        followUp.windowTo,
      ],
    );
    return created.length === 0 ? null : created[0].id;
  }

  /** `ownerId` made the callback `now`: its outcome and note are kept, the customer's contact window is not. */
  async complete(
    manager: EntityManager,
    id: string,
    ownerId: string,
    result: { outcome: string; note: string },
    now: Date,
  ): Promise<void> {
    await manager.query(
      // The customer's clock was kept for this call alone.
      `UPDATE escalation.follow_ups SET status = 'done', outcome = $2, note = $3, completed_at = $4, completed_by = $5,
         window_from = NULL, window_to = NULL
       WHERE id = $1`,
      [id, result.outcome, result.note, now, ownerId],
    );
  }

  /** Its deadline passed at the top of the chain: it stays with its owner, marked breached. */
  async markBreached(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.query(`UPDATE escalation.follow_ups SET breached_at = $2 WHERE id = $1`, [id, now]);
  }

  /** It moves to the owner at `level`, due again at `dueAt`. */
  async escalate(
    manager: EntityManager,
    id: string,
    to: { level: number; ownerId: string; dueAt: Date },
  ): Promise<void> {
    await manager.query(`UPDATE escalation.follow_ups SET level = $2, owner_id = $3, due_at = $4 WHERE id = $1`, [
      id,
      to.level,
      to.ownerId,
      to.dueAt,
    ]);
  }

  /**
   * Forgets the customer in these complaints' callbacks (time zone, contact window, comment, the note of the call);
   * the callbacks, deadlines and outcomes stay. Answers how many callbacks it touched.
   */
  async eraseCustomer(manager: EntityManager, complaintIds: string[]): Promise<number> {
    const [, held]: [unknown, number] = await manager.query(
      `UPDATE escalation.follow_ups
       SET timezone = NULL, window_from = NULL, window_to = NULL, comment = NULL, note = NULL
       WHERE complaint_id = ANY($1)`,
      [complaintIds],
    );
    return held;
  }

  /** The follow-up, locked until the transaction ends; only within `department` when given. */
  async lock(manager: EntityManager, id: string, department?: string): Promise<FollowUpRow | null> {
    const [row] = await manager.query(
      `SELECT * FROM escalation.follow_ups WHERE id = $1 AND ($2::text IS NULL OR department_id = $2) FOR UPDATE`,
      [id, department ?? null],
    );
    return row ? toRow(row) : null;
  }

  async view(manager: EntityManager, id: string, department?: string, now = new Date()): Promise<FollowUpView | null> {
    const [row] = await manager.query(
      `SELECT ${VIEW_COLUMNS} FROM escalation.follow_ups f JOIN escalation.owners o ON o.id = f.owner_id
       WHERE f.id = $1 AND ($2::text IS NULL OR f.department_id = $2)`,
      [id, department ?? null],
    );
    return row ? followUpView(row, now) : null;
  }
}

export const FOLLOW_UP_VIEW_COLUMNS = VIEW_COLUMNS;

export function followUpView(row: Record<string, any>, now = new Date()): FollowUpView {
  const dueAt = new Date(row.due_at);
  return {
    id: row.id,
    complaintId: row.complaint_id,
    rating: row.rating,
    reason: row.reason,
    comment: row.comment,
    department: row.department_id,
    level: row.level,
    owner: { id: row.owner_id, name: row.owner_name },
    status: row.status,
    requestedAt: new Date(row.requested_at).toISOString(),
    dueAt: dueAt.toISOString(),
    overdue: row.status === 'open' && dueAt <= now,
    breachedAt: row.breached_at ? new Date(row.breached_at).toISOString() : null,
    outcome: row.outcome,
    note: row.note,
    completedAt: row.completed_at ? new Date(row.completed_at).toISOString() : null,
  };
}

function toRow(row: Record<string, any>): FollowUpRow {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    department: row.department_id,
    status: row.status,
    level: row.level,
    ownerId: row.owner_id,
    dueAt: new Date(row.due_at),
    breachedAt: row.breached_at ? new Date(row.breached_at) : null,
    windowMs: Number(row.window_ms),
  };
}
