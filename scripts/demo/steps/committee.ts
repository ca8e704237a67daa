import type { AgendaItem, RootCauseView } from '@redress/http-api';
import { DemoContext } from '../context';
import { clock } from '../narrator';
import { DemoStepFailed, waitFor } from '../wait-for';
import { short } from './preflight';

export const DECIDED_CAUSE = 'Evening delivery slots are sold beyond courier capacity';

/** Step: the root cause is on the committee's agenda, weighted by how upset its customers are. */
export async function showAgenda(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('One root cause on the committee agenda');
  const rootCauseId = ctx.rootCauseId as string;
  const { items, position } = await waitFor(
    `root cause ${rootCauseId} on GET /committee/agenda with all ${ctx.complaints.length} complaints counted`,
    async () => {
      const agenda = await ctx.triage.get<{ items: AgendaItem[] }>('committee/agenda?limit=200', {
        bearer: ctx.chair.token,
      });
      const position = agenda.body.items.findIndex((item) => item.id === rootCauseId);
      return { items: agenda.body.items, position };
    },
    ({ items, position }) => position >= 0 && items[position].complaintCount >= ctx.complaints.length,
    {
      timeoutMs: ctx.timeoutMs,
      describe: ({ items, position }) =>
        position < 0 ? `not on the agenda (${items.length} items)` : `${items[position].complaintCount} complaints`,
    },
  );
  const item = items[position];
  const detail = (await ctx.triage.get<RootCauseView>(`rootcauses/${rootCauseId}?limit=5`, { bearer: ctx.chair.token }))
    .body;
  say.did(`GET /committee/agenda and GET /rootcauses/${short(rootCauseId)} as ${ctx.chair.name} (chair)`);
  say.shows(
    `#${position + 1} of ${items.length} on the agenda: category "${item.category}", touchpoint ${item.touchpoint}, ${item.complaintCount} complaints`,
  );
  say.shows(
    `impact ${item.impact} (outraged ${detail.dissatisfaction.outraged} x3 + upset ${detail.dissatisfaction.upset} x2 + mild ${detail.dissatisfaction.mild} x1); ` +
      `the rules suggest "${item.suggestion.cause}" -> ${item.suggestion.department}`,
  );
  if (item.reviewDueAt)
    say.shows(
      `the committee has until ${item.reviewDueAt.replace('T', ' ').slice(0, 16)} UTC; then the deadline rules decide`,
    );
  if (item.complaintCount > ctx.complaints.length)
    say.note(`${item.complaintCount - ctx.complaints.length} of them came from an earlier run`);
}

/** Step: two members vote and disagree, so the chair decides the cause and the department. */
export async function committeeDecides(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('The committee votes and the chair decides');
  const rootCauseId = ctx.rootCauseId as string;
  const votes = [
    { member: ctx.members[0], cause: DECIDED_CAUSE, department: ctx.department },
    { member: ctx.members[1], cause: 'Customers are not warned when a courier runs late', department: 'customer-care' },
  ].filter((vote) => vote.member);
  let identified = false;
  for (const { member, cause, department } of votes) {
    const answer = await ctx.triage.post<{ status: string; decision: { decidedBy: string } | null }>(
      `rootcauses/${rootCauseId}/votes`,
      { cause, department },
      { bearer: member.token },
    );
    say.did(`POST /rootcauses/${short(rootCauseId)}/votes as ${member.name}: "${cause}" -> ${department}`);
    say.shows(
      `${answer.status}: root cause ${answer.body.status}${answer.body.decision ? ` (decided by ${answer.body.decision.decidedBy})` : ', no quorum yet'}`,
    );
    if (answer.body.status === 'identified') {
      identified = true;
      say.note(
        "this roster's quorum (COMMITTEE_QUORUM) was reached by the votes, so the chair has nothing left to decide",
      );
      break;
    }
  }
  if (!identified) {
    const decision = await ctx.triage.post<{ cause: string; department: string; decidedBy: string }>(
      `rootcauses/${rootCauseId}/decision`,
      { cause: DECIDED_CAUSE, department: ctx.department },
      { bearer: ctx.chair.token },
    );
    say.did(
      `POST /rootcauses/${short(rootCauseId)}/decision as ${ctx.chair.name} (chair): "${DECIDED_CAUSE}" -> ${ctx.department}`,
    );
    say.shows(`${decision.status}: decided by ${decision.body.decidedBy}`);
  }
  const view = (await ctx.triage.get<RootCauseView>(`rootcauses/${rootCauseId}?limit=1`, { bearer: ctx.chair.token }))
    .body;
  if (view.status !== 'identified' || !view.decision)
    throw new DemoStepFailed(`root cause ${rootCauseId} is ${view.status} after the decision`);
  say.did(`GET /rootcauses/${short(rootCauseId)}`);
  say.shows(
    `status ${view.status}: "${view.decision.cause}" owned by ${view.decision.department}, decided by ${view.decision.decidedBy} at ${clock(view.decision.identifiedAt)}`,
  );
  say.block(view.votes.map((vote) => `vote of ${vote.memberName}: ${vote.department} ("${vote.cause}")`));
}
