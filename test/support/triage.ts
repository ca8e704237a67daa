import { SeededMember } from '../../apps/triage/src/persistence/demo-seed';
import { ApiResponse, callApi } from '../../scripts/stack/api';
import { eventually } from './eventually';
import { TestStack } from './test-stack';

export type TriageResponse = ApiResponse;

/** Calls the triage API of a test stack, as a committee member when a token is given. */
export function triage(
  stack: TestStack,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<TriageResponse> {
  return callApi(stack.services.triage.url, method, path, token, body);
}

/** The seeded committee: the chair and the three other members (DESIGN.md: logistics chairs). */
export function committee(stack: TestStack): { chair: SeededMember; others: SeededMember[] } {
  const chair = stack.secrets.members.find((member) => member.chair) as SeededMember;
  return { chair, others: stack.secrets.members.filter((member) => !member.chair) };
}

/** Waits until triage has filed the complaint, and returns its root cause id. */
export async function rootCauseOf(stack: TestStack, complaintId: string, timeoutMs = 30_000): Promise<string> {
  const { rows } = await eventually(
    () => stack.db.query('SELECT root_cause_id FROM triage.complaint_links WHERE complaint_id = $1', [complaintId]),
    (result) => result.rows.length === 1,
    { what: `triage to link complaint ${complaintId}`, timeoutMs },
  );
  return rows[0].root_cause_id as string;
}

/** The rootcause.identified events triage committed for a root cause (its outbox is the source of truth). */
export async function identifiedEvents(stack: TestStack, rootCauseId: string): Promise<any[]> {
  const { rows } = await stack.db.query(
    `SELECT payload FROM triage.outbox WHERE event_type = 'rootcause.identified' AND message_key = $1 ORDER BY seq`,
    [rootCauseId],
  );
  return rows.map((row) => row.payload);
}
