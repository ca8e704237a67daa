import { exportSnapshot, streamRows } from '@redress/platform';
import { DataSource } from 'typeorm';
import { HistoryCase, RealCompensation } from '../../domain/compensation-what-if';

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
/** As settled, the real time is the settle time, the first column: sent once (a million values fewer to parse). */
const SETTLED_COLUMNS = FIELDS.map(([expression, alias]) =>
  alias === 'real_at' ? `NULL::float8 AS real_at` : `${expression} AS ${alias}`,
).join(', ');
const ALIASES = FIELDS.map(([, alias]) => alias).join(', ');

const JOINS = `LEFT JOIN notifier.root_causes r ON r.id = c.root_cause_id
  LEFT JOIN notifier.playbook_applications pa ON pa.complaint_id = c.id`;

/**
 * Each case as it really settled: the compensations settled from the first budget month's start, in the order they
 * took the budget (settle time, then the sequence they were written in).
 */
const AS_SETTLED = `
  SELECT ${epochMs('comp.created_at')}, ${SETTLED_COLUMNS}
  FROM notifier.compensations comp
  JOIN notifier.complaints c ON c.id = comp.complaint_id
  ${JOINS}
  WHERE comp.created_at >= $1 AND comp.created_at < $2
  ORDER BY comp.created_at, comp.settled_seq`;

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

/** The notifier's history of complaints and their compensations, streamed through a cursor in settle order. */
export async function* compensationHistory(
  dataSource: DataSource,
  window: HistoryWindow,
): AsyncGenerator<HistoryCase[]> {
  const { from, to } = window;
  const batches =
    window.maxWaitMs === null
      ? settledByMonth(dataSource, window.monthStart, to)
      : streamRows<HistoryRow>(
          dataSource,
          UNDER_MAX_WAIT,
          [window.monthStart, to, from, window.now, window.maxWaitMs],
          {
            rowMode: 'array',
            batchSize: BATCH,
          },
        );
  for await (const rows of batches) yield rows.map((row) => toCase(row, from.getTime(), to.getTime()));
}

const BATCH = 10_000;

/**
 * The cases as they really settled, one budget month after another, all in one snapshot. Each month is its own
 * query on its own connection, started while the month before is still being read: Postgres joins and sorts the
 * next month (on the other core) while this process parses and replays the current one, instead of joining and
 * sorting the whole period before the first row. Months are disjoint and each is in settle order, so one after
 * the other they are the whole period in settle order.
 */
async function* settledByMonth(dataSource: DataSource, start: Date, end: Date): AsyncGenerator<HistoryRow[]> {
  const snapshot = await exportSnapshot(dataSource);
  const months = monthsBetween(start, end);
  const open = (index: number) => {
    const rows = streamRows<HistoryRow>(dataSource, AS_SETTLED, months[index], {
      rowMode: 'array',
      batchSize: BATCH,
      snapshot: snapshot.id,
    });
    const first = rows.next();
    // Awaited below in its turn; until then a failure must not count as unhandled.
    first.catch(() => undefined);
    return { rows, first };
  };
  const opened: ReturnType<typeof open>[] = [];
  try {
    opened.push(open(0));
    for (let index = 0; index < months.length; index++) {
      if (index + 1 < months.length) opened.push(open(index + 1));
      const reading = opened[index];
      for (let batch = await reading.first; !batch.done; batch = await reading.rows.next()) yield batch.value;
    }
  } finally {
    // A reader that stopped early: close what is open (a month started ahead, too) and free the connections.
    for (const stream of opened) await stream.first.then(() => stream.rows.return(undefined)).catch(() => undefined);
    await snapshot.release();
  }
}

/** [start, end) cut at the first of each month (UTC). */
function monthsBetween(start: Date, end: Date): [Date, Date][] {
  const months: [Date, Date][] = [];
  for (let from = start; from < end;) {
    const next = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    const to = next < end ? next : end;
    months.push([from, to]);
    from = to;
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
  // Read as settled, the real time is the first column (see SETTLED_COLUMNS).
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
