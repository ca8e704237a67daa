import { complaintBody } from '../../stack/sample-complaint';
import { DemoContext } from '../context';
import { clock, table } from '../narrator';
import { DemoStepFailed, waitFor } from '../wait-for';
import { DEMO_TOUCHPOINT, short } from './preflight';

export interface ComplaintView {
  id: string;
  status: string;
  rootCauseId: string | null;
  assignment: { department: string; level: number } | null;
  compensation: { amount: string; currency: string; requested: string | null; status: string } | null;
  timeline: { type: string; at: string; summary: string }[];
}

const STATUS_ORDER = ['received', 'acknowledged', 'triaged', 'assigned', 'escalated', 'resolved', 'closed'];

export function reached(status: string, wanted: string): boolean {
  return STATUS_ORDER.indexOf(status) >= STATUS_ORDER.indexOf(wanted);
}

export async function complaintView(ctx: DemoContext, id: string): Promise<ComplaintView> {
  return (await ctx.intake.get<ComplaintView>(`complaints/${id}`)).body;
}

/** Waits until every complaint of the run has at least `status` in intake's projection; returns their views. */
export async function waitForStatus(
  ctx: DemoContext,
  status: string,
  timeoutMs = ctx.timeoutMs,
): Promise<ComplaintView[]> {
  return waitFor(
    `every complaint of this run to be "${status}" in GET /complaints/:id`,
    () => Promise.all(ctx.complaints.map((complaint) => complaintView(ctx, complaint.id))),
    (views) => views.every((view) => reached(view.status, status)),
    { timeoutMs, describe: (views) => views.map((view) => `${short(view.id)}: ${view.status}`).join(', ') },
  );
}

/** Four customers, four ways in, one cause: couriers arriving late. */
function customersOf(runId: string) {
  const order = (n: number) => `ORD-${runId}-${n}`;
  return [
    {
      ref: `WEB-${runId}-1`,
      customer: {
        name: 'Anna Petrova',
        formOfAddress: 'Анна Сергеевна',
        phone: '+79161234567',
        email: 'anna.petrova@example.com',
        timezone: 'Europe/Moscow',
        preferredChannel: 'email',
      },
      text: `Курьер опоздал на три часа, я ждала весь вечер и никто не позвонил. Заказ ${order(1)}.`,
      dissatisfaction: 'outraged',
      order: { ref: order(1), amount: '2490.00', currency: 'RUB' },
      remedy: { type: 'refund', amount: '150.00' },
    },
    {
      ref: `CC-${runId}-2`,
      customer: {
        name: 'James Miller',
        formOfAddress: 'Mr Miller',
        phone: '+447700900123',
        timezone: 'Europe/London',
        preferredChannel: 'sms',
      },
      text: `The courier was two hours late and I waited in all afternoon. Order ${order(2)}.`,
      dissatisfaction: 'upset',
      order: { ref: order(2), amount: '1800.00', currency: 'RUB' },
    },
    {
      ref: `APP-${runId}-3`,
      customer: {
        name: 'Olga Smirnova',
        formOfAddress: 'Ms Smirnova',
        phone: '+79031112233',
        email: 'olga.smirnova@example.com',
        timezone: 'Europe/Moscow',
        preferredChannel: 'email',
      },
      text: `The fridge arrived a whole day late. I took a day off work for nothing and want 1500 RUB back. Order ${order(3)}.`,
      dissatisfaction: 'outraged',
      order: { ref: order(3), amount: '45990.00', currency: 'RUB' },
      remedy: { type: 'refund', amount: '1500.00' },
    },
    {
      ref: `CC-${runId}-4`,
      customer: {
        name: 'Dmitry Ivanov',
        phone: '+79265554433',
        timezone: 'Asia/Yekaterinburg',
        preferredChannel: 'sms',
      },
      text: `Доставку опять задержали на час. Заказ ${order(4)}.`,
      dissatisfaction: 'mild',
      order: { ref: order(4), amount: '990.00', currency: 'RUB' },
    },
  ];
}

/** Step: a client system files several complaints about one cause; each is received, acknowledged and triaged. */
export async function fileComplaints(ctx: DemoContext): Promise<void> {
  const { say } = ctx;
  say.heading('Complaints arrive from a client system');
  say.note(
    'four customers of the "demo-crm" client system (web shop, call centre, app) complain about late couriers; no contact window given, so they may be contacted at any time',
  );
  for (const [index, input] of customersOf(ctx.runId).entries()) {
    const { ref, customer, text, dissatisfaction, order, remedy } = input;
    const body = complaintBody({
      externalRef: ref,
      customer,
      touchpoint: DEMO_TOUCHPOINT,
      text,
      dissatisfaction,
      order,
      remedy: remedy ?? undefined,
      callbackUrl: undefined,
    });
    const answer = await ctx.intake.post<{ id: string; status: string }>('complaints', body, {
      headers: { 'idempotency-key': `demo-${ctx.runId}-${index + 1}` },
    });
    const claim = remedy ? `${remedy.amount} ${order.currency}` : null;
    ctx.complaints.push({
      id: answer.body.id,
      ref,
      customer: customer.name,
      channel: customer.preferredChannel as 'email' | 'sms',
      contact: customer.preferredChannel === 'email' ? (customer.email as string) : customer.phone,
      dissatisfaction,
      order: `${order.amount} ${order.currency}`,
      claim,
    });
    say.did(
      `POST /complaints (X-Api-Key, Idempotency-Key) ${ref}: ${customer.name}, ${dissatisfaction}, "${text.length > 70 ? `${text.slice(0, 67)}...` : text}"`,
    );
    say.shows(
      `${answer.status} ${answer.body.status}, id ${answer.body.id}, Location ${answer.headers.get('location')}`,
    );
  }
  const views = await waitForStatus(ctx, 'triaged');
  const rootCauses = new Set(views.map((view) => view.rootCauseId));
  if (rootCauses.size !== 1)
    throw new DemoStepFailed(
      `the complaints were filed under ${rootCauses.size} root causes (${[...rootCauses].join(', ')}), expected one`,
    );
  ctx.rootCauseId = views[0].rootCauseId as string;
  say.did('polled GET /complaints/:id for each until triage had linked it');
  say.block(
    table([
      ['reference', 'customer', 'channel', 'dissatisfaction', 'status', 'root cause'],
      ...views.map((view, index) => {
        const complaint = ctx.complaints[index];
        return [
          complaint.ref,
          complaint.customer,
          complaint.channel,
          complaint.dissatisfaction,
          view.status,
          short(view.rootCauseId ?? '-'),
        ];
      }),
    ]),
  );
  say.shows(
    `all four are grouped under one root cause ${ctx.rootCauseId}. Timeline of ${ctx.complaints[0].ref} so far:`,
  );
  say.block(views[0].timeline.map((entry) => `${clock(entry.at)}  ${entry.type.padEnd(27)} ${entry.summary}`));
}
