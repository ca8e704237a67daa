import type { FollowUpView, NotificationView, PlaybookView } from '@redress/http-api';
import type { Page } from '../../../libs/platform/src/http/page';
import type { SinkMessage } from '../../stack/sinks';
import { complaintBody } from '../../stack/sample-complaint';
import { DemoContext } from '../context';
import { clock } from '../narrator';
import { DemoStepFailed, waitFor } from '../wait-for';

const FEEDBACK_TOKEN = /\/feedback\/([A-Za-z0-9_-]+)/;

/**
 * Step: a force-majeure playbook written ahead of trouble. A complaint it matches is answered at once with the
 * playbook's message and its pre-authorised compensation; the committee still sees the cause, but nothing waits for it.
 */
export async function playbookAnswersAtOnce(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('A force-majeure playbook answers at once');
  const keyword = `snowstorm-${ctx.runId}`;
  const plan = {
    name: `Snowstorm ${ctx.runId}`,
    touchpoint: 'delivery',
    keywords: [keyword],
    activeFrom: new Date().toISOString(),
    message: {
      en: 'The snowstorm stopped our couriers. We are sorry: your complaint {reference} is registered, and we are refunding {compensation} right away.',
      ru: 'Снегопад остановил наших курьеров. Простите нас: обращение {reference} зарегистрировано, и мы сразу возвращаем {compensation}.',
    },
    compensation: '100.00',
  };
  const created = (await ctx.notifier.post<PlaybookView>('playbooks', plan, { bearer: ctx.supervisorToken })).body;
  say.did(
    `POST /playbooks "${plan.name}": delivery complaints mentioning "${keyword}", compensation ${plan.compensation}`,
  );
  say.shows(
    `playbook ${created.id.slice(0, 8)} active from ${clock(created.activeFrom)}, ${created.compensation} ${created.currency} authorised in advance`,
  );

  const body = complaintBody({
    externalRef: `SNOW-${ctx.runId}`,
    customer: {
      name: 'Pavel Orlov',
      formOfAddress: 'Mr Orlov',
      phone: '+79035556677',
      email: 'pavel.orlov@example.com',
      timezone: 'Europe/Moscow',
      preferredChannel: 'email',
    },
    text: `No delivery today because of the ${keyword}, I waited all day.`,
    callbackUrl: undefined,
  });
  const filed = (
    await ctx.intake.post<{ id: string }>('complaints', body, {
      headers: { 'idempotency-key': `demo-${ctx.runId}-snow` },
    })
  ).body;
  say.did(`POST /complaints SNOW-${ctx.runId}: "${body.text as string}"`);
  const acknowledgement = await waitFor(
    'the playbook acknowledgement at the sinks',
    async () => {
      const items = (
        await ctx.notifier.get<{ items: NotificationView[] }>(`notifications?complaintId=${filed.id}`, {
          bearer: ctx.supervisorToken,
        })
      ).body.items;
      const sent = items.find((item) => item.kind === 'acknowledgement' && item.status === 'sent');
      if (!sent) return undefined;
      const deliveries = (await ctx.sinks.get<{ items: SinkMessage[] }>('deliveries')).body.items;
      return deliveries.find(
        (message) => (message.headers['x-redress-notification'] ?? message.headers.reference) === sent.id,
      );
    },
    (message) => message !== undefined,
    { timeoutMs: ctx.timeoutMs, describe: () => 'not sent yet' },
  );
  say.shows(`the customer's acknowledgement: "${acknowledgement?.text.replace(/\s+/g, ' ').slice(0, 160)}..."`);
  const shown = await waitFor(
    'the playbook to count the application',
    async () =>
      (
        await ctx.notifier.get<PlaybookView & { applied: { complaints: number; compensation: string } }>(
          `playbooks/${created.id}`,
          { bearer: ctx.supervisorToken },
        )
      ).body,
    (view) => view.applied.complaints === 1,
    { timeoutMs: ctx.timeoutMs, describe: (view) => JSON.stringify(view.applied) },
  );
  say.did(`GET /playbooks/${created.id.slice(0, 8)}`);
  say.shows(
    `applied to ${shown.applied.complaints} complaint, ${shown.applied.compensation} ${shown.currency} paid; the complaint still goes to the committee`,
  );
  const ended = (
    await ctx.notifier.post<PlaybookView>(`playbooks/${created.id}/end`, undefined, { bearer: ctx.supervisorToken })
  ).body;
  say.did(`POST /playbooks/${created.id.slice(0, 8)}/end`);
  say.shows(`active: ${ended.active}, ended at ${clock(ended.activeUntil as string)}`);
}

/** Step: a low rating asks why and puts a callback on customer care's chain, due by the customer's clock. */
export async function lowRatingCallback(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('A low rating: customer care calls back');
  const unanswered = ctx.complaints.filter((complaint) => complaint.feedbackUrl).slice(1);
  const complaint = unanswered[0];
  if (!complaint?.feedbackUrl) throw new DemoStepFailed('no second feedback link was found in the resolution messages');
  const token = (FEEDBACK_TOKEN.exec(complaint.feedbackUrl) as RegExpExecArray)[1];
  const answer = { rating: 2, reason: 'too-slow', comment: `It took far too long (demo ${ctx.runId})` };
  const given = (await ctx.notifier.post<{ receivedAt: string; followUpDueAt: string }>(`feedback/${token}`, answer))
    .body;
  say.did(`POST /feedback/${token.slice(0, 10)}... ${JSON.stringify(answer)} (${complaint.customer})`);
  say.shows(
    `a callback is due by ${clock(given.followUpDueAt)}: 2 h when rated between 08:00 and 20:00 on the customer's clock, else 12 h`,
  );
  const owner = ctx.callbackOwner;
  const followUp = await waitFor(
    `the callback in ${owner.name}'s GET /follow-ups`,
    async () =>
      (
        await ctx.escalation.get<Page<FollowUpView>>('follow-ups?status=open&limit=200', { bearer: owner.token })
      ).body.items.find((item) => item.complaintId === complaint.id),
    (item) => item !== undefined,
    { timeoutMs: ctx.timeoutMs, describe: () => 'not there yet' },
  );
  say.did(`GET /follow-ups?status=open as ${owner.name} (customer care, level 1)`);
  say.shows(
    `rating ${followUp?.rating}, reason ${followUp?.reason}, due ${clock(followUp?.dueAt as string)}; missed, it climbs customer care's chain like an assignment`,
  );
  const done = (
    await ctx.escalation.post<FollowUpView>(
      `follow-ups/${followUp?.id}/complete`,
      { outcome: 'reached', note: 'Apologised and explained the new courier slots' },
      { bearer: owner.token },
    )
  ).body;
  say.did(`POST /follow-ups/${followUp?.id.slice(0, 8)}/complete {"outcome":"reached"}`);
  say.shows(`${done.status} at ${clock(done.completedAt as string)}; the complaint's timeline shows the callback`);
}
