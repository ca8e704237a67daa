import type { Agenda, RootCauseView } from '@redress/http-api';
import { complaintBody } from '../../stack/sample-complaint';
import { DemoContext } from '../context';
import { DemoStepFailed, waitFor } from '../wait-for';
import { complaintView } from './complaints';
import { DEMO_TOUCHPOINT, short } from './preflight';

/**
 * Step: after the fix, the committee sees what followed it, and a new complaint about the same thing brings the
 * cause back to the agenda as a recurrence (its original customers are not messaged again).
 */
export async function causeComesBack(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('After the fix: what followed, and the cause coming back');
  const fixed = ctx.rootCauseId as string;
  const before = (await ctx.triage.get<RootCauseView>(`rootcauses/${fixed}?limit=1`, { bearer: ctx.chair.token })).body;
  say.did(`GET /rootcauses/${short(fixed)} (resolved)`);
  if (before.effectiveness) say.shows(before.effectiveness.summary);

  const body = complaintBody({
    externalRef: `WEB-${ctx.runId}-AGAIN`,
    touchpoint: DEMO_TOUCHPOINT,
    text: 'The courier was late again this evening, two hours after the slot I paid for.',
    dissatisfaction: 'upset',
    callbackUrl: undefined,
  });
  const answer = await ctx.intake.post<{ id: string }>('complaints', body, {
    headers: { 'idempotency-key': `demo-${ctx.runId}-again` },
  });
  say.did(`POST /complaints WEB-${ctx.runId}-AGAIN: "${body.text as string}"`);
  const view = await waitFor(
    `complaint ${answer.body.id} to be triaged`,
    () => complaintView(ctx, answer.body.id),
    (complaint) => complaint.rootCauseId !== null,
    { timeoutMs: ctx.timeoutMs, describe: (complaint) => complaint.status },
  );
  const recurrence = (
    await ctx.triage.get<RootCauseView>(`rootcauses/${view.rootCauseId}?limit=1`, { bearer: ctx.chair.token })
  ).body;
  if (recurrence.recurrenceOf !== fixed) {
    throw new DemoStepFailed(
      `the new complaint went to root cause ${view.rootCauseId}, which is not flagged as the recurrence of ${fixed}`,
    );
  }
  say.shows(
    `it opened root cause ${short(recurrence.id)} for the committee, flagged as the recurrence of ${short(fixed)}, suggesting the old decision: "${recurrence.suggestion.cause}" -> ${recurrence.suggestion.department}`,
  );
  const agenda = (await ctx.triage.get<Agenda>('committee/agenda?limit=200', { bearer: ctx.chair.token })).body;
  const flagged = agenda.items.find((item) => item.id === recurrence.id);
  say.did('GET /committee/agenda');
  say.shows(
    `on the agenda with recurrenceOf ${short(flagged?.recurrenceOf ?? '-')}; under "recently resolved": ${agenda.recentlyResolved.length} cause(s) with what followed their fix`,
  );
  say.note(
    'the customers of the original complaints are not messaged again: the new root cause has only the new complaint',
  );
}
