import { DemoContext } from '../context';
import { DemoStepFailed, waitFor } from '../wait-for';

/** The story's category and touchpoint: complaints of both are grouped under one open root cause. */
export const DEMO_CATEGORY = 'late-delivery';
export const DEMO_TOUCHPOINT = 'delivery';

/**
 * Checks that the stack answers, and clears the way: an earlier, unfinished run may have left the story's root cause
 * identified but unresolved, and new complaints would join it instead of reaching the committee.
 */
export async function preflight(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('Before the story: is Redress running?');
  const services = { intake: ctx.intake, triage: ctx.triage, escalation: ctx.escalation, notifier: ctx.notifier };
  for (const [name, api] of Object.entries(services)) {
    const ready = await api.get('health/ready', { expect: [200, 503] });
    if (ready.status !== 200)
      throw new DemoStepFailed(`${name} at ${api.baseUrl} is not ready (${ready.status}): ${ready.text.slice(0, 200)}`);
  }
  await ctx.sinks.get('deliveries');
  say.did(`GET /health/ready on intake, triage, escalation and notifier; GET ${ctx.sinks.url('deliveries')}`);
  say.shows(`all four services are ready and the mail/SMS sinks answer. Run id of this demo: ${ctx.runId}`);

  const open = await openDemoRootCauses(ctx);
  const identified = open.filter((rootCause) => rootCause.status === 'identified');
  const underReview = open.filter((rootCause) => rootCause.status === 'under-review');
  if (underReview.length > 0) {
    say.note(
      `a "${DEMO_CATEGORY}" root cause from an earlier run is still on the agenda (${underReview[0].complaintCount} complaints): this run's complaints will join it`,
    );
  }
  for (const rootCause of identified) await resolveLeftover(ctx, rootCause.id);
}

interface RootCauseSummary {
  id: string;
  status: string;
  category: string;
  touchpoint: string;
  complaintCount: number;
}

async function openDemoRootCauses(ctx: DemoContext): Promise<RootCauseSummary[]> {
  const found: RootCauseSummary[] = [];
  for (const status of ['under-review', 'identified']) {
    const page = await ctx.triage.get<{ items: RootCauseSummary[] }>(`rootcauses?status=${status}&limit=200`, {
      bearer: ctx.chair.token,
    });
    found.push(
      ...page.body.items.filter((item) => item.category === DEMO_CATEGORY && item.touchpoint === DEMO_TOUCHPOINT),
    );
  }
  return found;
}

/** The top of the chain may act on any level: it acknowledges and resolves what an earlier run left open. */
async function resolveLeftover(ctx: DemoContext, rootCauseId: string): Promise<void> {
  const top = ctx.chain[ctx.chain.length - 1];
  ctx.say.note(
    `root cause ${short(rootCauseId)} from an earlier, unfinished run is still open; ${top.name} (top of the ${ctx.department} chain) closes it first`,
  );
  const assignment = await waitFor(
    `the assignment of the earlier root cause ${rootCauseId}`,
    async () => {
      for (const status of ['open', 'acknowledged']) {
        const page = await ctx.escalation.get<{ items: { id: string; rootCauseId: string; status: string }[] }>(
          `assignments?status=${status}&limit=200`,
          {
            bearer: top.token,
          },
        );
        const match = page.body.items.find((item) => item.rootCauseId === rootCauseId);
        if (match) return match;
      }
      return null;
    },
    (match) => match !== null,
    { timeoutMs: ctx.timeoutMs },
  );
  if (!assignment) return;
  if (assignment.status === 'open')
    await ctx.escalation.post(`assignments/${assignment.id}/acknowledge`, {}, { bearer: top.token });
  await ctx.escalation.post(
    `assignments/${assignment.id}/resolve`,
    {
      actionsTaken: 'Closed before a new demo run',
      causeReport: 'Left open by an earlier, unfinished demo run',
      eliminationProposal: 'None: demo data',
    },
    { bearer: top.token },
  );
  await waitFor(
    `triage to see the earlier root cause ${rootCauseId} resolved`,
    async () =>
      (await ctx.triage.get<{ status: string }>(`rootcauses/${rootCauseId}`, { bearer: ctx.chair.token })).body.status,
    (status) => status === 'resolved',
    { timeoutMs: ctx.timeoutMs },
  );
  ctx.say.shows(`the earlier root cause is resolved; new "${DEMO_CATEGORY}" complaints open a new one`);
}

export function short(id: string): string {
  return id.slice(0, 8);
}
