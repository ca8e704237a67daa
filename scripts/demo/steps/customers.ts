import type { CompensationView, NotificationView } from '@redress/http-api';
import type { SinkMessage } from '../../stack/sinks';
import { DemoContext } from '../context';
import { clock, table } from '../narrator';
import { DemoStepFailed, waitFor } from '../wait-for';
import { complaintView, ComplaintView, reached } from './complaints';
import { short } from './preflight';

const FEEDBACK_LINK = /https?:\/\/\S+\/feedback\/([A-Za-z0-9_-]+)/;
const STATUS_LINK = /https?:\/\/\S+\/status\/([A-Za-z0-9_-]+)/;

function isResolution(message: SinkMessage): boolean {
  return FEEDBACK_LINK.test(message.text);
}

/**
 * What the sinks received for a complaint, oldest first: an email carries its notification id in the
 * X-Redress-Notification header, an SMS as the gateway's `reference`.
 */
function messagesFor(all: SinkMessage[], notificationIds: Set<string>): SinkMessage[] {
  return all
    .filter((message) =>
      notificationIds.has(message.headers['x-redress-notification'] ?? message.headers.reference ?? ''),
    )
    .reverse();
}

/** Step: every customer hears what happened, through their channel, as the sinks of `npm start` received it. */
export async function customersInformed(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('Customers are told, in their language and channel');
  const notifications = await waitFor(
    'a sent resolution message for every complaint in GET /notifications?complaintId=',
    () =>
      Promise.all(
        ctx.complaints.map(async (complaint) => {
          const answer = await ctx.notifier.get<{ items: NotificationView[] }>(
            `notifications?complaintId=${complaint.id}`,
            { bearer: ctx.supervisorToken },
          );
          return answer.body.items;
        }),
      ),
    (lists) => lists.every((items) => items.some((item) => item.kind === 'resolution' && item.status !== 'scheduled')),
    {
      timeoutMs: ctx.timeoutMs,
      describe: (lists) =>
        lists
          .map(
            (items, index) =>
              `${ctx.complaints[index].ref}: ${items.map((item) => `${item.kind}/${item.status}`).join(' ')}`,
          )
          .join('; '),
    },
  );
  say.did('polled GET /notifications?complaintId= (supervisor token) until each resolution message had gone out');
  say.block(
    table([
      ['reference', 'customer', 'messages (kind/channel/status)'],
      ...notifications.map((items, index) => [
        ctx.complaints[index].ref,
        ctx.complaints[index].customer,
        items.map((item) => `${item.kind}/${item.channel}/${item.status}`).join(', '),
      ]),
    ]),
  );
  const ids = notifications.map((items) => new Set(items.map((item) => item.id)));
  const failed = notifications.flat().filter((item) => item.status === 'failed');
  if (failed.length > 0) say.note(`${failed.length} message(s) failed after their retries: is the sink still running?`);

  const deliveries = await waitFor(
    "the resolution messages in the sinks' GET /deliveries",
    async () => (await ctx.sinks.get<{ items: SinkMessage[] }>('deliveries')).body.items,
    (items) => ids.every((set) => messagesFor(items, set).some(isResolution)),
    {
      timeoutMs: ctx.timeoutMs,
      describe: (items) =>
        `${items.length} deliveries, resolution found for ${
          ctx.complaints
            .filter((_, index) => messagesFor(items, ids[index]).some(isResolution))
            .map((c) => c.ref)
            .join(', ') || 'none'
        }`,
    },
  );
  say.did(
    `GET ${ctx.sinks.url('deliveries')} (what the local SMTP sink and SMS gateway sink received; a page at ${ctx.sinks.url('')})`,
  );
  for (const [index, complaint] of ctx.complaints.entries()) {
    const received = messagesFor(deliveries, ids[index]);
    complaint.feedbackUrl = received.map((message) => FEEDBACK_LINK.exec(message.text)?.[0]).find(Boolean);
    complaint.statusUrl = received.map((message) => STATUS_LINK.exec(message.text)?.[0]).find(Boolean);
    say.shows(`${complaint.customer} (${complaint.channel} to ${complaint.contact}): ${received.length} messages`);
    say.block(
      received.map(
        (message) => `${clock(message.at)}  ${message.subject ?? `SMS: ${oneLine(withoutGreeting(message.text), 90)}`}`,
      ),
    );
  }
  // The customer whose claim is above the limit: the message says a manager reviews the rest.
  const example = ctx.complaints.find((complaint) => complaint.ref.startsWith('APP-'));
  const exampleResolution = example && messagesFor(deliveries, ids[ctx.complaints.indexOf(example)]).find(isResolution);
  if (example && exampleResolution) {
    say.shows(`the resolution email ${example.customer} received:`);
    say.block([`Subject: ${exampleResolution.subject}`, ...exampleResolution.text.trim().split('\n')]);
  }
  const sms = ctx.complaints.find((complaint) => complaint.channel === 'sms');
  const smsResolution = sms && messagesFor(deliveries, ids[ctx.complaints.indexOf(sms)]).find(isResolution);
  if (sms && smsResolution) {
    say.shows(`and the resolution SMS to ${sms.contact}:`);
    say.block([oneLine(smsResolution.text, 600)]);
  }
}

/** Step: compensation by the rules, one claim above the limit goes to a supervisor, who approves it. */
export async function compensations(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('Compensations: by the rules, one above the limit to review');
  const views = await waitFor(
    'a compensation on every complaint that has one due (GET /complaints/:id)',
    () => Promise.all(ctx.complaints.map((complaint) => complaintView(ctx, complaint.id))),
    (all) => all.every((view, index) => view.compensation !== null || ctx.complaints[index].dissatisfaction === 'mild'),
    {
      timeoutMs: ctx.timeoutMs,
      describe: (all) => all.map((view) => `${short(view.id)}: ${view.compensation?.status ?? 'none'}`).join(', '),
    },
  );
  say.did(
    'GET /complaints/:id for each (intake, as the client system sees it); limit COMPENSATION_LIMIT, 200.00 RUB by default',
  );
  say.block(
    table([
      ['customer', 'dissatisfaction', 'order', 'claimed', 'granted', 'status'],
      ...views.map((view, index) => {
        const complaint = ctx.complaints[index];
        return [
          complaint.customer,
          complaint.dissatisfaction,
          complaint.order,
          complaint.claim ?? '-',
          view.compensation ? `${view.compensation.amount} ${view.compensation.currency}` : '0 (apology)',
          view.compensation
            ? `${view.compensation.status}${view.compensation.requested ? ` (requested ${view.compensation.requested})` : ''}`
            : '-',
        ];
      }),
    ]),
  );
  say.shows(
    'a claim within the limit is paid in full; otherwise 10 % / 5 % / 0 % of the order by dissatisfaction; a claim above the limit is capped and sent to review',
  );

  const overLimit = ctx.complaints.find((complaint, index) => views[index].compensation?.status === 'review');
  if (!overLimit)
    throw new DemoStepFailed(
      'no complaint of this run is under compensation review; expected the claim above the limit to be',
    );
  const review = await findUnderReview(ctx, overLimit.id);
  say.did('GET /compensations?status=review with the supervisor token');
  say.shows(
    `${review.total} under review in all; ${overLimit.customer}'s: ${review.item.granted} ${review.item.currency} granted at once, ` +
      `${review.item.requested} requested, reason ${review.item.reviewReason}`,
  );
  const approved = await ctx.notifier.post<CompensationView>(
    `compensations/${review.item.id}/approve`,
    {},
    { bearer: ctx.supervisorToken },
  );
  say.did(`POST /compensations/${short(review.item.id)}/approve with the supervisor token`);
  say.shows(`${approved.status}: ${approved.body.status}, ${approved.body.granted} ${approved.body.currency} granted`);
  const settled = await waitFor(
    `intake to show ${overLimit.ref}'s compensation settled`,
    () => complaintView(ctx, overLimit.id),
    (view) => view.compensation !== null && view.compensation.status !== 'review',
    { timeoutMs: ctx.timeoutMs, describe: (view) => JSON.stringify(view.compensation) },
  );
  say.shows(
    `intake: ${overLimit.ref} compensation ${settled.compensation?.amount} ${settled.compensation?.currency}, ${settled.compensation?.status}`,
  );
}

async function findUnderReview(
  ctx: DemoContext,
  complaintId: string,
): Promise<{ item: CompensationView; total: number }> {
  return waitFor(
    `complaint ${complaintId} in GET /compensations?status=review`,
    async () => {
      let cursor: string | null = null;
      let total = 0;
      let item: CompensationView | undefined;
      do {
        const page: { body: { items: CompensationView[]; nextCursor: string | null } } = await ctx.notifier.get(
          `compensations?status=review&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          { bearer: ctx.supervisorToken },
        );
        total += page.body.items.length;
        item ??= page.body.items.find((candidate) => candidate.complaintId === complaintId);
        cursor = page.body.nextCursor;
      } while (cursor);
      return { item: item as CompensationView, total };
    },
    (found) => found.item !== undefined,
    { timeoutMs: ctx.timeoutMs, describe: (found) => `${found.total} under review, not this one` },
  );
}

/** Step: one customer follows the feedback link from the message and rates the answer; the complaint closes. */
export async function feedback(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('One customer leaves feedback');
  const complaint = ctx.complaints.find((candidate) => candidate.feedbackUrl);
  if (!complaint?.feedbackUrl) throw new DemoStepFailed('no feedback link was found in the resolution messages');
  const token = (FEEDBACK_LINK.exec(complaint.feedbackUrl) as RegExpExecArray)[1];
  if (complaint.statusUrl) {
    const statusToken = (STATUS_LINK.exec(complaint.statusUrl) as RegExpExecArray)[1];
    const status = await ctx.notifier.get(`status/${statusToken}`);
    say.did(`GET /status/${statusToken.slice(0, 10)}... (every message links to the customer's own status page)`);
    say.shows(
      `${status.status}: the complaint's status, what was done in the words written for customers, the compensation and the survey; no contact details (${status.text.length} bytes)`,
    );
  }
  say.note(`the link in ${complaint.customer}'s message: ${complaint.feedbackUrl}`);
  const page = await ctx.notifier.get(`feedback/${token}`);
  const smileys = (page.text.match(/name="rating"/g) ?? []).length;
  say.did(`GET /feedback/${token.slice(0, 10)}...`);
  say.shows(
    `${page.status}: ${page.headers.get('content-type')?.split(';')[0]} page${smileys ? ` with ${smileys} smileys` : ''} and a comment box (${page.text.length} bytes)`,
  );
  const answer = { rating: 5, comment: `Thank you, the courier was on time this week (demo ${ctx.runId})` };
  const given = await ctx.notifier.post<{ rating: number; receivedAt: string }>(`feedback/${token}`, answer, {});
  say.did(`POST /feedback/${token.slice(0, 10)}... ${JSON.stringify(answer)}`);
  say.shows(`${given.status}: rating ${given.body.rating} received at ${clock(given.body.receivedAt)}`);
  const again = await ctx.notifier.post(`feedback/${token}`, { rating: 1 }, { expect: [409] });
  say.did('POST it again with rating 1');
  say.shows(`${again.status}: one answer per link`);
  const closed = await waitFor(
    `${complaint.ref} to be "closed" in intake`,
    () => complaintView(ctx, complaint.id),
    (view: ComplaintView) => reached(view.status, 'closed'),
    { timeoutMs: ctx.timeoutMs, describe: (view) => view.status },
  );
  say.shows(
    `intake: ${complaint.ref} is "${closed.status}" (rated above 3); the others stay "resolved" until they answer or 14 days pass, and a rating of 3 or less keeps one in "follow-up" until customer care calls back`,
  );
  say.shows(`${complaint.ref}'s whole timeline, as its client system sees it (GET /complaints/:id):`);
  say.block(
    closed.timeline.map((entry) => `${clock(entry.at)}  ${entry.type.padEnd(28)} ${oneLine(entry.summary, 90)}`),
  );
  const stats = (
    await ctx.notifier.get<{
      satisfaction: { answers: number; averageRating: number | null; satisfiedShare: number | null };
    }>('stats', { bearer: ctx.supervisorToken })
  ).body;
  say.did('GET /stats with the supervisor token');
  say.shows(
    `satisfaction: ${stats.satisfaction.answers} answer(s) in all, average ${stats.satisfaction.averageRating ?? '-'}` +
      `${stats.satisfaction.satisfiedShare !== null ? `, ${Math.round(stats.satisfaction.satisfiedShare * 100)} % satisfied` : ''}`,
  );
}

/** An SMS is one paragraph starting with the greeting; the list shows what follows it. */
function withoutGreeting(text: string): string {
  return text.replace(/^(Dear [^,]+,|Здравствуйте, [^!]+!)\s*/, '');
}

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}
