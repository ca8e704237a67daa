import { DemoContext } from '../context';
import { clock, duration } from '../narrator';
import { DemoStepFailed, waitFor } from '../wait-for';
import { waitForStatus } from './complaints';
import { short } from './preflight';

export interface AssignmentView {
  id: string;
  rootCauseId: string;
  department: string;
  cause: string;
  status: string;
  level: number;
  owner: { id: string; name: string };
  complaintCount: number;
  acknowledgeDueAt: string;
  resolveDueAt: string;
  createdAt: string;
  resolution: {
    actionsTaken: string;
    causeReport: string;
    eliminationProposal: string;
    resolvedBy: { name: string };
  } | null;
  history: { at: string; event: string; level: number; owner: { name: string }; reason: string | null }[];
}

function assignmentOf(ctx: DemoContext, token: string): Promise<AssignmentView> {
  return ctx.escalation
    .get<AssignmentView>(`assignments/${ctx.assignmentId}`, { bearer: token })
    .then((answer) => answer.body);
}

/** Step: the identified cause becomes an assignment for the department's level-1 owner, with two deadlines. */
export async function ownerAssigned(ctx: DemoContext): Promise<AssignmentView> {
  const { say } = ctx;
  const owner = ctx.chain[0];
  say.heading('The department owner is assigned');
  const summary = await waitFor(
    `an assignment for root cause ${ctx.rootCauseId} in GET /assignments?status=open (as ${owner.name})`,
    async () => {
      const page = await ctx.escalation.get<{ items: AssignmentView[] }>('assignments?status=open&limit=50', {
        bearer: owner.token,
      });
      return page.body.items.find((item) => item.rootCauseId === ctx.rootCauseId) ?? null;
    },
    (found) => found !== null,
    { timeoutMs: ctx.timeoutMs, describe: () => 'no such assignment yet' },
  );
  ctx.assignmentId = (summary as AssignmentView).id;
  const assignment = await assignmentOf(ctx, owner.token);
  const now = Date.now();
  say.did(`GET /assignments?status=open as ${owner.name} (${ctx.department}, level 1)`);
  say.shows(
    `assignment ${short(assignment.id)}: "${assignment.cause}" for ${assignment.owner.name}, level ${assignment.level}, ${assignment.complaintCount} complaints`,
  );
  say.shows(
    `acknowledge by ${clock(assignment.acknowledgeDueAt)} (in ${duration(Date.parse(assignment.acknowledgeDueAt) - now)}), ` +
      `resolve by ${assignment.resolveDueAt.replace('T', ' ').slice(0, 16)} UTC (in ${duration(Date.parse(assignment.resolveDueAt) - now)})`,
  );
  const views = await waitForStatus(ctx, 'assigned');
  say.shows(
    `each complaint is now "${views[0].status}" in intake, with its assignment: ${views[0].assignment?.department}, level ${views[0].assignment?.level}`,
  );
  return assignment;
}

/**
 * Step: the owner lets the acknowledge deadline pass and the assignment moves to the head. Deadlines come from the
 * escalation service's process-wide ESCALATION_ACK_SLA; the demo waits for it only when it is short.
 */
export async function ownerMissesDeadline(ctx: DemoContext, assignment: AssignmentView): Promise<void> {
  const { say } = ctx;
  const [owner, head] = ctx.chain;
  say.heading('The owner misses the acknowledge deadline: it escalates to the head');
  const slaMs = Date.parse(assignment.acknowledgeDueAt) - Date.parse(assignment.createdAt);
  if (slaMs > ctx.maxSlaWaitMs) {
    ctx.escalated = false;
    say.note(
      `the acknowledge SLA is ${duration(slaMs)} (ESCALATION_ACK_SLA, one setting for every department; PUT /departments/:id edits only the chain)`,
    );
    say.note(
      `too long to wait for here. To see the escalation happen, restart with a short SLA:  ESCALATION_ACK_SLA=30s npm start`,
    );
    say.note(
      `the story goes on without it: ${head.name} (level 2) may act anyway, since anyone above the owner in the chain may`,
    );
    return;
  }
  const dueAt = Date.parse(assignment.acknowledgeDueAt);
  say.did(
    `${owner.name} does nothing. The acknowledge SLA is ${duration(slaMs)}; the deadline is ${clock(assignment.acknowledgeDueAt)}, in ${duration(Math.max(0, dueAt - Date.now()))}: waiting`,
  );
  const escalated = await waitFor(
    `assignment ${ctx.assignmentId} to move to level 2 after its acknowledge deadline ${assignment.acknowledgeDueAt}`,
    () => assignmentOf(ctx, head.token),
    (view) => view.level >= 2,
    {
      timeoutMs: Math.max(0, dueAt - Date.now()) + ctx.timeoutMs,
      intervalMs: 500,
      describe: (view) => `level ${view.level}, ${view.status}, owner ${view.owner.name}`,
    },
  );
  ctx.escalated = true;
  const late =
    (Date.parse(escalated.history.find((entry) => entry.event === 'escalated')?.at ?? new Date().toISOString()) -
      dueAt) /
    1000;
  say.did(`polled GET /assignments/${short(ctx.assignmentId as string)} as ${head.name} (level 2)`);
  say.shows(
    `now with ${escalated.owner.name}, level ${escalated.level}, escalated ${late.toFixed(1)} s after the deadline; acknowledge by ${clock(escalated.acknowledgeDueAt)}. History:`,
  );
  say.block(
    escalated.history.map(
      (entry) =>
        `${clock(entry.at)}  ${entry.event.padEnd(12)} level ${entry.level}  ${entry.owner.name}${entry.reason ? `  (${entry.reason})` : ''}`,
    ),
  );
  const refused = await ctx.escalation.post(
    `assignments/${ctx.assignmentId}/acknowledge`,
    {},
    { bearer: owner.token, expect: [403] },
  );
  say.did(`POST /assignments/${short(ctx.assignmentId as string)}/acknowledge as ${owner.name}, too late`);
  say.shows(`${refused.status}: ${(refused.body as { message?: string }).message ?? refused.text.slice(0, 120)}`);
  const views = await waitForStatus(ctx, 'escalated');
  say.shows(
    `each complaint is "${views[0].status}" in intake (level ${views[0].assignment?.level}); the customers get a progress message naming the head`,
  );
}

/** Step: the head acknowledges and resolves with the three deliverables; the root cause is resolved everywhere. */
export async function headResolves(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  const head = ctx.chain[1];
  const id = ctx.assignmentId as string;
  say.heading('The head resolves it with the three deliverables');
  const incomplete = await ctx.escalation.post<{ errors?: { field: string; reason: string }[] }>(
    `assignments/${id}/resolve`,
    { actionsTaken: 'Hired more couriers' },
    { bearer: head.token, expect: [400] },
  );
  say.did(`POST /assignments/${short(id)}/resolve as ${head.name} with only "actionsTaken"`);
  say.shows(
    `${incomplete.status}: ${(incomplete.body.errors ?? []).map((error) => (error.reason.startsWith(error.field) ? error.reason : `${error.field} ${error.reason}`)).join('; ') || incomplete.text.slice(0, 160)}`,
  );

  const acknowledged = await ctx.escalation.post<AssignmentView>(
    `assignments/${id}/acknowledge`,
    {},
    { bearer: head.token },
  );
  say.did(`POST /assignments/${short(id)}/acknowledge as ${head.name}`);
  say.shows(`${acknowledged.status}: ${acknowledged.body.status ?? 'acknowledged'}`);
  const deliverables = {
    actionsTaken: 'Evening slots are capped at courier capacity; two more couriers work the evening shift from Monday',
    causeReport:
      'Evening slots were sold with no link to courier headcount, so each courier got 40% more stops than fit',
    eliminationProposal: 'Slot sales read the courier roster live; logistics reviews the slot/courier ratio weekly',
    customerSummary: 'We now sell only as many evening slots as we have couriers, and two more couriers work evenings',
  };
  const resolved = await ctx.escalation.post<AssignmentView>(`assignments/${id}/resolve`, deliverables, {
    bearer: head.token,
  });
  say.did(`POST /assignments/${short(id)}/resolve as ${head.name} with the three deliverables:`);
  say.block([
    `actions taken:        ${deliverables.actionsTaken}`,
    `cause report:         ${deliverables.causeReport}`,
    `elimination proposal: ${deliverables.eliminationProposal}`,
    `customer summary:     ${deliverables.customerSummary}`,
  ]);
  say.note('customers read only the summary: the cause report stays inside the company');
  say.shows(`${resolved.status}: assignment ${resolved.body.status ?? 'resolved'}`);

  const rootCause = await waitFor(
    `triage to mark root cause ${ctx.rootCauseId} resolved`,
    async () =>
      (
        await ctx.triage.get<{ status: string; resolvedAt: string | null }>(`rootcauses/${ctx.rootCauseId}?limit=1`, {
          bearer: ctx.chair.token,
        })
      ).body,
    (view) => view.status === 'resolved',
    { timeoutMs: ctx.timeoutMs, describe: (view) => view.status },
  );
  say.shows(
    `triage: root cause ${short(ctx.rootCauseId as string)} resolved at ${clock(rootCause.resolvedAt as string)} (it leaves the open ones: a new late courier opens a new cause)`,
  );
  const views = await waitForStatus(ctx, 'resolved');
  const entry = views[0].timeline.find((item) => item.type === 'rootcause.resolved');
  say.shows(
    `intake: every complaint is "${views[0].status}"; ${ctx.complaints[0].ref}'s timeline says: ${entry?.summary ?? '-'}`,
  );
  if (resolved.body.status !== 'resolved')
    throw new DemoStepFailed(`assignment ${id} is ${resolved.body.status} after resolve`);
}
