import { buildEvent, EventType, topicFor } from '@redress/contracts';
import { randomUUID } from 'node:crypto';
import { SeededOwner } from '../../apps/escalation/src/persistence/demo-seed';
import { ApiResponse, callApi } from '../../scripts/stack/api';
import { eventually } from './eventually';
import { KafkaProbe } from './kafka-probe';
import { TestStack } from './test-stack';

export type EscalationResponse = ApiResponse;

/** Calls an escalation API (the stack's, or another instance's `url`) with a bearer token. */
export function escalation(
  url: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<EscalationResponse> {
  return callApi(url, method, path, token, body);
}

/** The seeded owner of `department` at `level`. */
export function ownerAt(stack: TestStack, department: string, level: number): SeededOwner {
  const owner = stack.secrets.owners.find(
    (candidate) => candidate.department === department && candidate.level === level,
  );
  if (!owner) throw new Error(`no seeded owner at level ${level} of ${department}`);
  return owner;
}

/** Publishes a `rootcause.identified` as triage would, for a fresh root cause; returns the event. */
export async function identify(
  probe: KafkaProbe,
  stack: TestStack,
  department: string,
  rootCauseId: string = randomUUID(),
  complaintCount = 1,
  severity?: 'low' | 'normal' | 'high' | 'critical',
) {
  const event = buildEvent('triage', {
    type: EventType.RootCauseIdentified,
    key: rootCauseId,
    correlationId: rootCauseId,
    data: {
      rootCauseId,
      cause: `Cause of ${rootCauseId.slice(0, 8)}`,
      department,
      decidedBy: 'chair',
      votes: [],
      complaintCount,
      identifiedAt: new Date().toISOString(),
      ...(severity ? { severity } : {}),
    },
  });
  await probe.send(topicFor(EventType.RootCauseIdentified, stack.topicPrefix), [
    { key: rootCauseId, value: JSON.stringify(event) },
  ]);
  return event;
}

/** Waits for the assignment of a root cause and returns its id. */
export async function assignmentOf(stack: TestStack, rootCauseId: string, timeoutMs = 30_000): Promise<string> {
  const { rows } = await eventually(
    () => stack.db.query('SELECT id FROM escalation.assignments WHERE root_cause_id = $1', [rootCauseId]),
    (result) => result.rows.length === 1,
    { what: `the assignment of root cause ${rootCauseId}`, timeoutMs },
  );
  return rows[0].id as string;
}

/** Events escalation committed for a root cause (its outbox is the source of truth), oldest first. */
export async function escalationEvents(stack: TestStack, rootCauseId: string, type?: string): Promise<any[]> {
  const { rows } = await stack.db.query(
    `SELECT payload FROM escalation.outbox WHERE message_key = $1 AND ($2::text IS NULL OR event_type = $2) ORDER BY seq`,
    [rootCauseId, type ?? null],
  );
  return rows.map((row) => row.payload);
}

/**
 * Makes an assignment's deadline (`acknowledge` or `resolve`) fall due now, as if its time had passed: the deadline
 * and its pending timer move together, the timer row locked first as the service locks it.
 */
export async function dueNow(stack: TestStack, assignmentId: string, which: 'acknowledge' | 'resolve'): Promise<void> {
  const column = which === 'acknowledge' ? 'acknowledge_due_at' : 'resolve_due_at';
  await stack.db.query('BEGIN');
  try {
    // Only the deadline timer: the deadline-warning timer (SLA_WARNINGS) of the same assignment is left alone.
    await stack.db.query(
      `SELECT id FROM escalation.timers WHERE subject_id = $1 AND kind = 'assignment-deadline' AND status = 'pending' FOR UPDATE`,
      [assignmentId],
    );
    await stack.db.query(`UPDATE escalation.assignments SET ${column} = now(), next_due_at = now() WHERE id = $1`, [
      assignmentId,
    ]);
    const { rowCount } = await stack.db.query(
      `UPDATE escalation.timers SET due_at = now() WHERE subject_id = $1 AND kind = 'assignment-deadline' AND status = 'pending'`,
      [assignmentId],
    );
    if (rowCount !== 1) throw new Error(`assignment ${assignmentId} has no pending deadline timer`);
    await stack.db.query('COMMIT');
  } catch (error) {
    await stack.db.query('ROLLBACK');
    throw error;
  }
}
