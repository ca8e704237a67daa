import { CloseReason } from '@redress/contracts';
import { COMPLAINT_COLUMNS, KnownComplaint, toKnownComplaint } from './complaint-record';
import { Db, returnedRows } from './rows';

/** What the notifier keeps of a received complaint (`notifier.complaints`), as its upsert writes it. */
export interface ReceivedComplaint {
  id: string;
  receivedAt: string;
  reference: string;
  hasEmail: boolean;
  timezone: string | null;
  windowFrom: string | null;
  windowTo: string | null;
  preferredChannel: string | null;
  locale: string;
  dissatisfaction: string;
  orderAmount: number | null;
  orderCurrency: string | null;
  remedyType: string | null;
  claimedAmount: number | null;
  claimedCurrency: string | null;
  hasCallbackUrl: boolean;
  clientSystem: string;
  erasedAt: Date | null;
  touchpoint: string;
}

/**
 * The SQL of complaints as the notifier knows them. Records a received complaint over whatever arrived first (its
 * link, its erasure); the upsert locks the row, so a link consumed at the same time waits for it (or it for the link).
 */
export async function upsertReceivedComplaint(db: Db, c: ReceivedComplaint): Promise<KnownComplaint> {
  const [row] = await db.query(
    `INSERT INTO notifier.complaints
         (id, received_at, reference, has_email, timezone, window_from, window_to, preferred_channel, locale,
          dissatisfaction, order_amount, order_currency, remedy_type, claimed_amount, claimed_currency, has_callback_url,
          client_system, erased_at, touchpoint)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (id) DO UPDATE SET
         received_at = EXCLUDED.received_at, reference = EXCLUDED.reference, has_email = EXCLUDED.has_email,
         timezone = EXCLUDED.timezone, window_from = EXCLUDED.window_from, window_to = EXCLUDED.window_to,
         preferred_channel = EXCLUDED.preferred_channel, locale = EXCLUDED.locale, dissatisfaction = EXCLUDED.dissatisfaction,
         order_amount = EXCLUDED.order_amount, order_currency = EXCLUDED.order_currency, remedy_type = EXCLUDED.remedy_type,
         claimed_amount = EXCLUDED.claimed_amount, claimed_currency = EXCLUDED.claimed_currency,
         has_callback_url = EXCLUDED.has_callback_url, client_system = EXCLUDED.client_system,
         erased_at = coalesce(complaints.erased_at, EXCLUDED.erased_at), touchpoint = EXCLUDED.touchpoint
       RETURNING ${COMPLAINT_COLUMNS}`,
    [
      c.id,
      c.receivedAt,
      c.reference,
      c.hasEmail,
      c.timezone,
      c.windowFrom,
      c.windowTo,
      c.preferredChannel,
      c.locale,
      c.dissatisfaction,
      c.orderAmount,
      c.orderCurrency,
      c.remedyType,
      c.claimedAmount,
      c.claimedCurrency,
      c.hasCallbackUrl,
      c.clientSystem,
      c.erasedAt,
      c.touchpoint,
    ],
  );
  return toKnownComplaint(row);
}

export async function isErased(db: Db, complaintId: string): Promise<boolean> {
  const rows = await db.query(`SELECT FROM notifier.complaints WHERE id = $1 AND erased_at IS NOT NULL`, [complaintId]);
  return rows.length > 0;
}

/** A complaint that was received (not only linked or erased ahead of it), or undefined. */
export async function receivedComplaint(db: Db, complaintId: string): Promise<KnownComplaint | undefined> {
  const [row] = await db.query(
    `SELECT ${COMPLAINT_COLUMNS} FROM notifier.complaints WHERE id = $1 AND received_at IS NOT NULL`,
    [complaintId],
  );
  return row ? toKnownComplaint(row) : undefined;
}

/**
 * Links the complaint to a root cause unless a later link is there already; the row with `received_at` when it
 * changed (undefined: an older link).
 */
export async function linkToRootCause(
  db: Db,
  complaintId: string,
  rootCauseId: string,
  linkedAt: string,
): Promise<Record<string, unknown> | undefined> {
  const rows: Record<string, unknown>[] = await db.query(
    `INSERT INTO notifier.complaints (id, root_cause_id, linked_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET root_cause_id = EXCLUDED.root_cause_id, linked_at = EXCLUDED.linked_at
         WHERE notifier.complaints.linked_at IS NULL OR notifier.complaints.linked_at <= EXCLUDED.linked_at
       RETURNING ${COMPLAINT_COLUMNS}, received_at`,
    [complaintId, rootCauseId, linkedAt],
  );
  return rows[0];
}

/** Records the first resolution only: false when the complaint was resolved before. */
export async function markResolved(
  db: Db,
  complaintId: string,
  resolvedAt: Date,
  customerSummary: string | null,
): Promise<boolean> {
  const [first] = returnedRows(
    await db.query(
      `UPDATE notifier.complaints SET resolved_at = $2, customer_summary = $3 WHERE id = $1 AND resolved_at IS NULL RETURNING id`,
      [complaintId, resolvedAt, customerSummary],
    ),
  );
  return first !== undefined;
}

export async function markCallbackOwed(db: Db, complaintId: string): Promise<void> {
  await db.query(
    `UPDATE notifier.complaints SET callback_owed_since = now() WHERE id = $1 AND callback_owed_since IS NULL`,
    [complaintId],
  );
}

/** Locks the complaint's row; undefined when there is none. */
export async function lockCallbackOwed(
  db: Db,
  complaintId: string,
): Promise<{ callback_owed_since: Date | null } | undefined> {
  const [row]: { callback_owed_since: Date | null }[] = await db.query(
    `SELECT callback_owed_since FROM notifier.complaints WHERE id = $1 FOR UPDATE`,
    [complaintId],
  );
  return row;
}

/** Closes it once: when it closed now, undefined when it was closed already. */
export async function markClosed(db: Db, complaintId: string, reason: CloseReason): Promise<Date | undefined> {
  const closed = returnedRows<{ closed_at: Date }>(
    await db.query(
      `UPDATE notifier.complaints SET closed_at = now(), close_reason = $2 WHERE id = $1 AND closed_at IS NULL RETURNING closed_at`,
      [complaintId, reason],
    ),
  );
  return closed[0]?.closed_at;
}

/** Of these complaints, the ones received here. */
export function receivedAmong(db: Db, complaintIds: string[]): Promise<{ id: string }[]> {
  return db.query(`SELECT id FROM notifier.complaints WHERE id = ANY($1) AND received_at IS NOT NULL`, [complaintIds]);
}

/** Marks them erased (ones not seen yet too) and forgets the customer's contact data and form of address. */
export async function eraseComplaints(db: Db, complaintIds: string[]): Promise<void> {
  await db.query(
    `INSERT INTO notifier.complaints (id, erased_at) SELECT unnest($1::uuid[]), now()
       ON CONFLICT (id) DO UPDATE SET erased_at = coalesce(complaints.erased_at, now()),
         reference = upper(left(complaints.id::text, 8)), address_as = NULL, customer_name = NULL, phone = NULL, email = NULL, callback_url = NULL, timezone = NULL,
         window_from = NULL, window_to = NULL`,
    [complaintIds],
  );
}

/** One batch of a root cause's received complaints, by id after `after`. */
export async function receivedComplaintsOfRootCause(
  db: Db,
  rootCauseId: string,
  after: string,
  limit: number,
): Promise<KnownComplaint[]> {
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT ${COMPLAINT_COLUMNS} FROM notifier.complaints
           WHERE root_cause_id = $1 AND received_at IS NOT NULL AND id > $2 ORDER BY id LIMIT $3`,
    [rootCauseId, after, limit],
  );
  return rows.map(toKnownComplaint);
}
