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

/** escalation.follow_ups: locked for a change, and read as owners see them. */
@Injectable()
export class FollowUpStore {
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
