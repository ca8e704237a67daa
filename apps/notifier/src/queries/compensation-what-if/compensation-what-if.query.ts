import { exportSnapshot, streamRows } from '@redress/platform';
import { DataSource } from 'typeorm';
import { HistoryCase, RealCompensation } from '../../domain/compensation-what-if';
import { SettledCaseLine } from './settled-case-line';

export interface HistoryWindow {
  /** The first budget period's start: cases settled from here count toward their month's budget. */
  monthStart: Date;
  from: Date;
  to: Date;
  /** A what-if COMPENSATION_MAX_WAIT in ms; null: each case settles when it really did. */
  maxWaitMs: number | null;
  now: Date;
}

type HistoryRow = [
  settleAt: number | null,
  department: string,
  dissatisfaction: HistoryCase['dissatisfaction'],
  orderAmount: string | null,
  orderCurrency: string | null,
  claimedAmount: string | null,
  claimedCurrency: string | null,
  playbookAmount: string | null,
  /** Whether the complaint was really compensated: the row's id is not needed, only that there is one. */
  compensated: boolean | null,
  realAt: number | null,
  period: string | null,
  grantedAtOnce: string | null,
  granted: string | null,
  currency: string | null,
  basis: RealCompensation['basis'] | null,
  status: RealCompensation['status'] | null,
  reviewReason: RealCompensation['reviewReason'],
  requested: string | null,
  decidedAt: number | null,
];

/**
 * Times as milliseconds since the epoch (double precision): parsing three timestamps a row into Dates was a large
 * share of reading a million rows.
 */
function epochMs(column: string): string {
  return `(extract(epoch FROM ${column}) * 1000)::float8`;
}

/** What the replay reads of each case, in HistoryRow's order, each named so the max-wait query can select it again. */
const FIELDS: [expression: string, alias: string][] = [
  [`coalesce(r.department, 'unassigned')`, 'department'],
  ['c.dissatisfaction', 'dissatisfaction'],
  ['c.order_amount', 'order_amount'],
  ['c.order_currency', 'order_currency'],
  ['c.claimed_amount', 'claimed_amount'],
  ['c.claimed_currency', 'claimed_currency'],
  ['pa.compensation', 'playbook_amount'],
  ['comp.id IS NOT NULL', 'compensated'],
  [epochMs('comp.created_at'), 'real_at'],
  ['comp.period', 'period'],
  ['comp.granted_at_once', 'granted_at_once'],
  ['comp.granted', 'granted'],
  ['comp.currency', 'currency'],
  ['comp.basis', 'basis'],
  ['comp.status', 'status'],
  ['comp.review_reason', 'review_reason'],
  ['comp.requested', 'requested'],
  [epochMs('comp.decided_at'), 'decided_at'],
];
const COLUMNS = FIELDS.map(([expression, alias]) => `${expression} AS ${alias}`).join(', ');
const ALIASES = FIELDS.map(([, alias]) => alias).join(', ');

const JOINS = `LEFT JOIN notifier.root_causes r ON r.id = c.root_cause_id
  LEFT JOIN notifier.playbook_applications pa ON pa.complaint_id = c.id`;

/**
 * Each case as it really settled: the compensations settled from the first budget month's start, in the order they
 * took the budget (settle time, then the sequence they were written in). The compensation row carries what the
 * replay needs of its complaint (migration 1765002500000), so this is one index scan in the settle index's order:
 * no join, no sort, the first rows at once. Each row is one line of text (SettledCaseLine reads it): the driver
 * then makes one string a row instead of seventeen fields. Times in whole microseconds since the epoch: divided by
 * 1,000 they are the same doubles as milliseconds sent as float8.
 */
const AS_SETTLED = `
  SELECT concat_ws(',', ${[
    '(extract(epoch FROM created_at) * 1000000)::bigint',
    'complaint_root_cause_id',
    'dissatisfaction',
    'order_amount',
    'order_currency',
    'claimed_amount',
    'claimed_currency',
    'playbook_amount',
    'period',
    'granted_at_once',
    'granted',
    'currency',
    'basis',
    'status',
    'review_reason',
    'requested',
    '(extract(epoch FROM decided_at) * 1000000)::bigint',
  ]
    .map((field) => `coalesce(${field}::text, '')`)
    .join(', ')})
  FROM notifier.compensations
  WHERE created_at >= $1 AND created_at < $2
  ORDER BY created_at, settled_seq`;

/** Each root cause's department, for the cases read as settled; one with none is `unassigned`. */
const DEPARTMENTS = `SELECT id, department FROM notifier.root_causes WHERE department IS NOT NULL`;

/**
 * Under another maximum wait: a complaint settles at its root cause's resolution or when the wait ends, whichever is
 * first (never before receipt; a playbook's grant at once, as it really was), if that time has come. Complaints
 * received early enough to settle in the window, and those really compensated in it (the real side), are read.
 */
const UNDER_MAX_WAIT = `
  WITH cases AS (
    SELECT CASE WHEN pa.complaint_id IS NOT NULL THEN coalesce(comp.created_at, pa.applied_at)
                ELSE least(greatest(r.resolved_at, c.received_at), c.received_at + $5 * interval '1 millisecond') END AS settle_at,
           comp.settled_seq, c.id AS complaint_id, ${COLUMNS}
    FROM notifier.complaints c
    LEFT JOIN notifier.compensations comp ON comp.complaint_id = c.id
    ${JOINS}
    WHERE c.received_at IS NOT NULL AND c.dissatisfaction IS NOT NULL
      AND ((c.received_at >= $1::timestamptz - $5 * interval '1 millisecond' AND c.received_at < $2)
           OR (comp.created_at >= $3 AND comp.created_at < $2)))
  SELECT CASE WHEN settle_at >= $1 AND settle_at < $2 AND settle_at <= $4 THEN ${epochMs('settle_at')} END, ${ALIASES}
  FROM cases
  ORDER BY 1 NULLS FIRST, settled_seq NULLS LAST, complaint_id`;

/**
 * The notifier's history of complaints and their compensations, read through a cursor in settle order and handed
 * to `visit` one case at a time (a case read as settled is reused for the next: `visit` keeps nothing of it).
 * Returns how many cases were read.
 */
export async function visitCompensationHistory(
  dataSource: DataSource,
  window: HistoryWindow,
  visit: (entry: HistoryCase) => void,
): Promise<number> {
  const { from, to } = window;
  let cases = 0;
  if (window.maxWaitMs !== null) {
    const rows = streamRows<HistoryRow>(
      dataSource,
      UNDER_MAX_WAIT,
      [window.monthStart, to, from, window.now, window.maxWaitMs],
      { rowMode: 'array', batchSize: BATCH },
    );
    for await (const batch of ahead(rows, AHEAD)) {
      for (const row of batch) visit(toCase(row, from.getTime(), to.getTime()));
      cases += batch.length;
    }
    return cases;
  }
  const snapshot = await exportSnapshot(dataSource);
  const options = { rowMode: 'array', batchSize: BATCH, snapshot: snapshot.id } as const;
  const opened: { close(): Promise<void> }[] = [];
  try {
    const departments = new Map<string, string>();
    for await (const batch of streamRows<[string, string]>(dataSource, DEPARTMENTS, [], options))
      for (const [id, department] of batch) departments.set(id, department);
    const lines = new SettledCaseLine(departments, from.getTime(), to.getTime());
    const months = monthsBetween(window.monthStart, to);
    const open = (index: number) => {
      const stream = ahead(streamRows<[string]>(dataSource, AS_SETTLED, months[index], options), AHEAD);
      opened.push(stream);
      return stream;
    };
    let next = open(0);
    for (let index = 0; index < months.length; index++) {
      const current = next;
      if (index + 1 < months.length) next = open(index + 1);
      for await (const batch of current) {
        for (const row of batch) visit(lines.read(row[0]));
        cases += batch.length;
      }
    }
    return cases;
  } finally {
    // A reader that stopped early: close what is open (the month read ahead, too) and free the connections.
    for (const stream of opened) await stream.close();
    await snapshot.release();
  }
}

const BATCH = 10_000;

/** Batches asked for ahead of the one being replayed: enough to keep Postgres busy, few enough to hold in memory. */
const AHEAD = 8;

/**
 * The batches of a stream, up to `depth` of them asked for at once, from now on (an async generator queues the
 * requests): Postgres reads and sends the next batches while this process replays the current one, and the next
 * month's stream fills on its own connection (the other core) while this month's is replayed.
 */
function ahead<T>(batches: AsyncGenerator<T>, depth: number): AsyncGenerator<T> & { close(): Promise<void> } {
  const queue: Promise<IteratorResult<T>>[] = [];
  const ask = () => {
    const next = batches.next();
    // Awaited in its turn; until then a failure must not count as unhandled.
    next.catch(() => undefined);
    queue.push(next);
  };
  for (let count = 0; count < depth; count++) ask();
  // Also when the consumer never started (a stream opened ahead): its requests are under way and hold a connection.
  const close = async () => {
    await Promise.allSettled(queue);
    await batches.return(undefined).catch(() => undefined);
  };
  const consumer = (async function* () {
    try {
      for (;;) {
        const current = await (queue.shift() as Promise<IteratorResult<T>>);
        if (current.done) return;
        ask();
        yield current.value;
      }
    } finally {
      await close();
    }
  })();
  return Object.assign(consumer, { close });
}

/** [start, end) cut at the first of each month (UTC): one stream a budget month. */
function monthsBetween(start: Date, end: Date): [Date, Date][] {
  const months: [Date, Date][] = [];
  for (let from = start; from < end;) {
    const next = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    const until = next < end ? next : end;
    months.push([from, until]);
    from = until;
  }
  return months.length ? months : [[start, end]];
}

function toCase(row: HistoryRow, from: number, to: number): HistoryCase {
  const [settleAt, department, dissatisfaction, orderAmount, orderCurrency, claimedAmount, claimedCurrency, playbook] =
    row;
  return {
    settleAt,
    department,
    dissatisfaction,
    order: orderAmount === null ? null : { amount: Number(orderAmount), currency: orderCurrency as string },
    claimed: claimedAmount === null ? null : { amount: Number(claimedAmount), currency: claimedCurrency as string },
    playbookAmount: playbook === null ? null : Number(playbook),
    real: toReal(row, from, to),
  };
}

function toReal(row: HistoryRow, from: number, to: number): RealCompensation | null {
  const [, , , , , , , , compensated, realAt, period, grantedAtOnce, granted, currency, basis, status, reviewReason] =
    row;
  const time = realAt ?? row[0];
  if (!compensated || time === null) return null;
  const [requested, decidedAt] = [row[17], row[18]];
  return {
    period: period as string,
    grantedAtOnce: Number(grantedAtOnce ?? granted),
    finalGranted: Number(granted),
    currency: currency as string,
    basis: basis as RealCompensation['basis'],
    status: status as RealCompensation['status'],
    reviewReason,
    requested: requested === null ? null : Number(requested),
    approvedAt: status === 'approved' && decidedAt !== null ? decidedAt : null,
    inWindow: time >= from && time < to,
  };
}
