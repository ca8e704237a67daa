import { Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { EntityManager } from 'typeorm';
import { AssignmentState, AssignmentStatus, OverdueReason } from '../domain/assignment';
import { ServiceLevels } from '../domain/deadlines';
import { ChainLink } from '../domain/escalation-chain';
import { Severity, SlaPolicy } from '../domain/severity';
import { readChains, readSlaPolicies } from './department.store';

/** The one durable timer of an open assignment (subject: the assignment id): it fires at its next deadline. */
export const DEADLINE_TIMER = 'assignment-deadline';

export type HistoryEvent = 'created' | 'escalated' | 'breached' | 'acknowledged' | 'resolved' | 'waiting' | 'resumed';

export interface HistoryEntry {
  assignmentId: string;
  at: Date;
  event: HistoryEvent;
  level: number;
  ownerId: string;
  reason?: string | null;
  acknowledgeDueAt?: Date | null;
  resolveDueAt?: Date | null;
}

export interface LockedAssignment extends AssignmentState {
  id: string;
  rootCauseId: string;
  department: string;
  complaintCount: number;
  severity: Severity;
  /** Since when it waits on an outside party (its deadline clock stopped), or null. */
  waitingSince: Date | null;
  /** Wall-clock time it has waited in all, earlier pauses included (not the current one). */
  pausedMs: number;
  /** Since when its current level has had it: where the level's warnings count their percentages from. */
  levelSince: Date;
}

/** Locked assignments with what the rules need to judge them: each department's chain and service-level policy. */
export interface AssignmentsToJudge {
  assignments: LockedAssignment[];
  /** Each department's chain as it is now, lowest level first. */
  chains: Map<string, ChainLink[]>;
  /** Each department's policy (its calendar and deadlines per severity; the defaults where it has none). */
  policies: Map<string, SlaPolicy>;
}

export interface AssignmentSummary {
  id: string;
  rootCauseId: string;
  department: string;
  cause: string;
  status: AssignmentStatus;
  level: number;
  owner: { id: string; name: string };
  complaintCount: number;
  acknowledgeDueAt: string;
  resolveDueAt: string;
  /** The deadline the timer watches next; null once resolved or breached on both. */
  nextDueAt: string | null;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  breached: boolean;
  breachedAt: string | null;
  breachReason: OverdueReason | null;
  /** Whom it waits on, why and since when, while its clock is stopped (POST /assignments/:id/wait); else null. */
  waiting: { on: string; reason: string; since: string } | null;
  createdAt: string;
}

export interface AssignmentView extends AssignmentSummary {
  resolution: {
    actionsTaken: string;
    causeReport: string;
    eliminationProposal: string;
    /** What customers were told was done; null: they read a neutral sentence. */
    customerSummary: string | null;
    resolvedBy: { id: string; name: string };
  } | null;
  /** Every hand-over and action, oldest first: which level and owner had it when, and why it moved on. */
  history: {
    at: string;
    event: HistoryEvent;
    level: number;
    owner: { id: string; name: string };
    reason: string | null;
    acknowledgeDueAt: string | null;
    resolveDueAt: string | null;
  }[];
}

export interface SummaryRow {
  id: string;
  root_cause_id: string;
  department_id: string;
  cause: string;
  status: AssignmentStatus;
  level: number;
  owner_id: string;
  owner_name: string;
  complaint_count: number;
  acknowledge_due_at: Date;
  resolve_due_at: Date;
  next_due_at: Date | null;
  acknowledged_at: Date | null;
  resolved_at: Date | null;
  breached_at: Date | null;
  breach_reason: OverdueReason | null;
  waiting_on: string | null;
  waiting_reason: string | null;
  waiting_since: Date | null;
  created_at: Date;
}

/**
 * Columns of an assignment summary; `a` is the assignment, `o` its owner. The complaint count is the larger of the
 * count at identification and the links counted since from rootcause.complaint-linked (see the README of the issue).
 */
export const SUMMARY_COLUMNS = `a.id, a.root_cause_id, a.department_id, a.cause, a.status, a.level, a.owner_id, o.name AS owner_name,
  GREATEST(a.complaint_count, coalesce((SELECT c.complaint_count FROM escalation.root_cause_complaints c WHERE c.root_cause_id = a.root_cause_id), 0)) AS complaint_count,
  a.acknowledge_due_at, a.resolve_due_at, a.next_due_at, a.acknowledged_at, a.resolved_at, a.breached_at, a.breach_reason, a.waiting_on, a.waiting_reason, a.waiting_since, a.created_at`;

export function toSummary(row: SummaryRow): AssignmentSummary {
  return {
    id: row.id,
    rootCauseId: row.root_cause_id,
    department: row.department_id,
    cause: row.cause,
    status: row.status,
    level: row.level,
    owner: { id: row.owner_id, name: row.owner_name },
    complaintCount: row.complaint_count,
    acknowledgeDueAt: row.acknowledge_due_at.toISOString(),
    resolveDueAt: row.resolve_due_at.toISOString(),
    nextDueAt: row.next_due_at?.toISOString() ?? null,
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    breached: row.breached_at !== null,
    breachedAt: row.breached_at?.toISOString() ?? null,
    breachReason: row.breach_reason,
    waiting: row.waiting_since
      ? { on: row.waiting_on ?? '', reason: row.waiting_reason ?? '', since: row.waiting_since.toISOString() }
      : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** What a deadline did to one assignment of a batch: its new state, next deadline, and whether it changed level. */
export interface JudgedAssignment {
  assignment: LockedAssignment;
  state: AssignmentState;
  nextDueAt: Date | null;
  levelChanged: boolean;
}

/** Reads, locks and changes assignments, writes their history; shared by the owner actions and the timers. */
@Injectable()
export class AssignmentStore {
  /**
   * Locks an assignment of `department` for an owner's action, or returns null if the department has no such
   * assignment. Its deadline timer is locked first, in the order the timer worker locks them (timer, then assignment),
   * so an action racing the deadline waits for the firing to commit (or the firing waits for the action) and one of
   * them sees the other's outcome: never a deadlock, never both.
   */
  async lockForAction(tx: Transaction, assignmentId: string, department: string): Promise<LockedAssignment | null> {
    await tx.manager.query(
      `SELECT id FROM escalation.timers WHERE kind = $1 AND subject_id = $2 AND status = 'pending' FOR UPDATE`,
      [DEADLINE_TIMER, assignmentId],
    );
    const [row] = await this.lock(tx.manager, [assignmentId]);
    return row && row.department === department ? row : null;
  }

  /**
   * Locks the assignments (as `lock`) and reads, once for all their departments, the chains and service-level
   * policies the deadline and warning timers judge them by. `defaults`: the settings' deadlines per severity.
   */
  async lockToJudge(
    manager: EntityManager,
    ids: string[],
    defaults: Record<Severity, ServiceLevels>,
  ): Promise<AssignmentsToJudge> {
    const assignments = await this.lock(manager, ids);
    if (assignments.length === 0) return { assignments, chains: new Map(), policies: new Map() };
    const departments = [...new Set(assignments.map((assignment) => assignment.department))];
    const chains = await readChains(manager, departments);
    const policies = await readSlaPolicies(manager, departments, defaults);
    return { assignments, chains, policies };
  }

  /** Locks assignments in id order (two transactions locking overlapping sets cannot deadlock). */
  async lock(manager: EntityManager, ids: string[]): Promise<LockedAssignment[]> {
    const rows: {
      id: string;
      root_cause_id: string;
      department_id: string;
      level: number;
      owner_id: string;
      status: AssignmentStatus;
      complaint_count: number;
      acknowledge_due_at: Date;
      resolve_due_at: Date;
      breached_at: Date | null;
      breach_reason: OverdueReason | null;
      severity: Severity;
      waiting_since: Date | null;
      paused_ms: string;
      level_since: Date;
    }[] = await manager.query(
      `SELECT id, root_cause_id, department_id, level, owner_id, status, complaint_count, acknowledge_due_at, resolve_due_at, breached_at, breach_reason,
         severity, waiting_since, paused_ms, level_since
       FROM escalation.assignments WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
    return rows.map((row) => ({
      id: row.id,
      rootCauseId: row.root_cause_id,
      department: row.department_id,
      complaintCount: row.complaint_count,
      status: row.status,
      level: row.level,
      ownerId: row.owner_id,
      acknowledgeDueAt: row.acknowledge_due_at,
      resolveDueAt: row.resolve_due_at,
      breachedAt: row.breached_at,
      breachReason: row.breach_reason,
      severity: row.severity,
      waitingSince: row.waiting_since,
      pausedMs: Number(row.paused_ms),
      levelSince: row.level_since,
    }));
  }

  async addHistory(manager: EntityManager, entries: HistoryEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO escalation.assignment_history (assignment_id, at, event, level, owner_id, reason, acknowledge_due_at, resolve_due_at)
       SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::smallint[], $5::uuid[], $6::text[], $7::timestamptz[], $8::timestamptz[])`,
      [
        entries.map((entry) => entry.assignmentId),
        entries.map((entry) => entry.at.toISOString()),
        entries.map((entry) => entry.event),
        entries.map((entry) => entry.level),
        entries.map((entry) => entry.ownerId),
        entries.map((entry) => entry.reason ?? null),
        entries.map((entry) => entry.acknowledgeDueAt?.toISOString() ?? null),
        entries.map((entry) => entry.resolveDueAt?.toISOString() ?? null),
      ],
    );
  }

  /**
   * A new assignment at `owner`'s level, its clock started `now`; its id, or null when the root cause already has one
   * (a redelivered or repeated `rootcause.identified`), which is left as it is.
   */
  async insert(
    manager: EntityManager,
    assignment: {
      id: string;
      rootCauseId: string;
      department: string;
      owner: { id: string; level: number };
      cause: string;
      complaintCount: number;
      acknowledgeDueAt: Date;
      resolveDueAt: Date;
      nextDueAt: Date;
      severity: Severity;
    },
    now: Date,
  ): Promise<string | null> {
    const created: { id: string }[] = await manager.query(
      `INSERT INTO escalation.assignments (id, root_cause_id, department_id, level, owner_id, status, cause, complaint_count,
         acknowledge_due_at, resolve_due_at, next_due_at, created_at, level_since, updated_at, severity)
       VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, $8, $9, $10, $11, $11, $11, $12)
       ON CONFLICT (root_cause_id) DO NOTHING RETURNING id`,
      [
        assignment.id,
        assignment.rootCauseId,
        assignment.department,
        assignment.owner.level,
        assignment.owner.id,
        assignment.cause,
        assignment.complaintCount,
        assignment.acknowledgeDueAt,
        assignment.resolveDueAt,
        assignment.nextDueAt,
        now,
        assignment.severity,
      ],
    );
    return created.length === 0 ? null : created[0].id;
  }

  /** `ownerId` took it on `now`; `nextDueAt`: the resolve deadline the timer watches next (null: none left). */
  async markAcknowledged(
    manager: EntityManager,
    assignmentId: string,
    ownerId: string,
    nextDueAt: Date | null,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE escalation.assignments SET status = 'acknowledged', acknowledged_at = $2, acknowledged_by = $3, next_due_at = $4, updated_at = $2
       WHERE id = $1`,
      [assignmentId, now, ownerId, nextDueAt],
    );
  }

  /** `ownerId` resolved it `now` with the three deliverables (and what customers are told, if anything). */
  async markResolved(
    manager: EntityManager,
    assignmentId: string,
    ownerId: string,
    resolution: {
      actionsTaken: string;
      causeReport: string;
      eliminationProposal: string;
      customerSummary: string | null;
    },
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE escalation.assignments SET status = 'resolved', resolved_at = $2, resolved_by = $3, actions_taken = $4, cause_report = $5,
         elimination_proposal = $6, customer_summary = $7, next_due_at = NULL, updated_at = $2
       WHERE id = $1`,
      [
        assignmentId,
        now,
        ownerId,
        resolution.actionsTaken,
        resolution.causeReport,
        resolution.eliminationProposal,
        resolution.customerSummary,
      ],
    );
  }

  /** Its clock stops `now`: it waits on an outside party, for a reason. */
  async markWaiting(
    manager: EntityManager,
    assignmentId: string,
    waitingOn: string,
    reason: string,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE escalation.assignments SET waiting_on = $2, waiting_reason = $3, waiting_since = $4, updated_at = $4 WHERE id = $1`,
      [assignmentId, waitingOn, reason, now],
    );
  }

  /**
   * Its clock runs again `now`: the deadlines and the start its level's warnings count from, moved on by the pause,
   * and `pausedMs` more waited in all.
   */
  async markResumed(
    manager: EntityManager,
    assignmentId: string,
    resumed: {
      acknowledgeDueAt: Date;
      resolveDueAt: Date;
      nextDueAt: Date | null;
      levelSince: Date;
      pausedMs: number;
    },
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE escalation.assignments SET acknowledge_due_at = $2, resolve_due_at = $3, next_due_at = $4, level_since = $5,
         paused_ms = paused_ms + $6, waiting_on = NULL, waiting_reason = NULL, waiting_since = NULL, updated_at = $7
       WHERE id = $1`,
      [
        assignmentId,
        resumed.acknowledgeDueAt,
        resumed.resolveDueAt,
        resumed.nextDueAt,
        resumed.levelSince,
        resumed.pausedMs,
        now,
      ],
    );
  }

  /** Saves what a batch of deadlines did, in one statement for the whole batch. */
  async saveJudged(manager: EntityManager, changes: JudgedAssignment[], now: Date): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `UPDATE escalation.assignments a SET
         level = u.level, owner_id = u.owner_id, status = u.status, acknowledge_due_at = u.acknowledge_due_at,
         resolve_due_at = u.resolve_due_at, breached_at = u.breached_at, breach_reason = u.breach_reason, next_due_at = u.next_due_at,
         level_since = CASE WHEN u.level_changed THEN $11::timestamptz ELSE a.level_since END,
         updated_at = $11::timestamptz
       FROM unnest($1::uuid[], $2::smallint[], $3::uuid[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::timestamptz[], $8::text[],
                   $9::timestamptz[], $10::boolean[])
         AS u(id, level, owner_id, status, acknowledge_due_at, resolve_due_at, breached_at, breach_reason, next_due_at, level_changed)
       WHERE a.id = u.id`,
      [
        changes.map((change) => change.assignment.id),
        changes.map((change) => change.state.level),
        changes.map((change) => change.state.ownerId),
        changes.map((change) => change.state.status),
        changes.map((change) => change.state.acknowledgeDueAt.toISOString()),
        changes.map((change) => change.state.resolveDueAt.toISOString()),
        changes.map((change) => change.state.breachedAt?.toISOString() ?? null),
        changes.map((change) => change.state.breachReason),
        changes.map((change) => change.nextDueAt?.toISOString() ?? null),
        changes.map((change) => change.levelChanged),
        now.toISOString(),
      ],
    );
  }

  /**
   * The assignment with its resolution and history, if `department` (null: any) has it. One statement, so the row and
   * its history come from the same snapshot: a reader never sees a history entry whose change the row does not show.
   */
  async view(manager: EntityManager, id: string, department: string | null): Promise<AssignmentView | null> {
    const [row]: (SummaryRow & {
      actions_taken: string | null;
      cause_report: string | null;
      elimination_proposal: string | null;
      customer_summary: string | null;
      resolved_by: string | null;
      resolved_by_name: string | null;
      history: HistoryRow[];
    })[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS}, a.actions_taken, a.cause_report, a.elimination_proposal, a.customer_summary, a.resolved_by, r.name AS resolved_by_name,
         (SELECT coalesce(json_agg(json_build_object('at', h.at, 'event', h.event, 'level', h.level, 'owner_id', h.owner_id,
                   'owner_name', ho.name, 'reason', h.reason, 'acknowledge_due_at', h.acknowledge_due_at,
                   'resolve_due_at', h.resolve_due_at) ORDER BY h.id), '[]')
            FROM escalation.assignment_history h JOIN escalation.owners ho ON ho.id = h.owner_id
           WHERE h.assignment_id = a.id) AS history
       FROM escalation.assignments a JOIN escalation.owners o ON o.id = a.owner_id LEFT JOIN escalation.owners r ON r.id = a.resolved_by
       WHERE a.id = $1 AND ($2::text IS NULL OR a.department_id = $2)`,
      [id, department],
    );
    if (!row) return null;
    return {
      ...toSummary(row),
      resolution:
        row.actions_taken && row.cause_report && row.elimination_proposal && row.resolved_by
          ? {
              actionsTaken: row.actions_taken,
              causeReport: row.cause_report,
              eliminationProposal: row.elimination_proposal,
              customerSummary: row.customer_summary,
              resolvedBy: { id: row.resolved_by, name: row.resolved_by_name as string },
            }
          : null,
      history: row.history.map((entry) => ({
        at: isoOf(entry.at),
        event: entry.event,
        level: entry.level,
        owner: { id: entry.owner_id, name: entry.owner_name },
        reason: entry.reason,
        acknowledgeDueAt: entry.acknowledge_due_at && isoOf(entry.acknowledge_due_at),
        resolveDueAt: entry.resolve_due_at && isoOf(entry.resolve_due_at),
      })),
    };
  }
}

/** A history entry as the view's statement returns it: JSON, so its times are text. */
interface HistoryRow {
  at: string;
  event: HistoryEvent;
  level: number;
  owner_id: string;
  owner_name: string;
  reason: string | null;
  acknowledge_due_at: string | null;
  resolve_due_at: string | null;
}

/** JSON times come in the session's zone with microseconds; the API gives UTC milliseconds. */
function isoOf(time: string): string {
  return new Date(time).toISOString();
}
