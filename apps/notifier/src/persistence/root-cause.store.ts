import { Db } from './rows';

/** A root cause's event as the notifier stored it to fan out (`notifier.root_cause_events`). */
export interface StoredEvent {
  event_id: string;
  root_cause_id: string;
  type: string;
  occurred_at: Date;
  data: Record<string, any>;
}

/** What the notifier keeps of a root cause (`notifier.root_causes`): its department and the news last told. */
export interface RootCauseRow {
  id: string;
  department: string | null;
  progress_event_id: string | null;
  progress_at: Date | null;
  resolved_event_id: string | null;
}

/** The SQL of root causes and their events. Creates the root cause's row if needed and locks it for the transaction. */
export async function lockRootCause(db: Db, id: string): Promise<RootCauseRow> {
  const [row]: RootCauseRow[] = await db.query(
    `INSERT INTO notifier.root_causes (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id RETURNING *`,
    [id],
  );
  return row;
}

/**
 * A root cause's row, shared-locked: a complaint catching up on its news holds off the root cause's next event (which
 * takes `lockRootCause`) without holding off the other complaints catching up at the same time.
 */
export async function shareRootCause(db: Db, id: string): Promise<RootCauseRow | undefined> {
  const [row]: RootCauseRow[] = await db.query(`SELECT * FROM notifier.root_causes WHERE id = $1 FOR SHARE`, [id]);
  return row;
}

export async function rootCauseById(db: Db, id: string): Promise<RootCauseRow> {
  const [rootCause]: RootCauseRow[] = await db.query(`SELECT * FROM notifier.root_causes WHERE id = $1`, [id]);
  return rootCause;
}

export async function setResolvedEvent(db: Db, rootCauseId: string, eventId: string): Promise<void> {
  await db.query(`UPDATE notifier.root_causes SET resolved_event_id = $2 WHERE id = $1`, [rootCauseId, eventId]);
}

export async function setDepartment(db: Db, rootCauseId: string, department: string): Promise<void> {
  await db.query(`UPDATE notifier.root_causes SET department = $2 WHERE id = $1`, [rootCauseId, department]);
}

export async function setProgressEvent(db: Db, rootCauseId: string, eventId: string, at: Date): Promise<void> {
  await db.query(`UPDATE notifier.root_causes SET progress_event_id = $2, progress_at = $3 WHERE id = $1`, [
    rootCauseId,
    eventId,
    at,
  ]);
}

/** Stores an event once (a redelivery changes nothing). */
export async function insertEventOnce(
  db: Db,
  event: { id: string; rootCauseId: string; type: string; occurredAt: Date; data: unknown },
): Promise<void> {
  await db.query(
    `INSERT INTO notifier.root_cause_events (event_id, root_cause_id, type, occurred_at, data) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (event_id) DO NOTHING`,
    [event.id, event.rootCauseId, event.type, event.occurredAt, JSON.stringify(event.data)],
  );
}

/** Stores an event of the notifier's own (a renewed promise). */
export async function insertEvent(
  db: Db,
  event: { id: string; rootCauseId: string; type: string; occurredAt: Date; data: unknown },
): Promise<void> {
  await db.query(
    `INSERT INTO notifier.root_cause_events (event_id, root_cause_id, type, occurred_at, data) VALUES ($1, $2, $3, $4, $5)`,
    [event.id, event.rootCauseId, event.type, event.occurredAt, JSON.stringify(event.data)],
  );
}

export async function storedEvent(db: Db, eventId: string): Promise<StoredEvent | undefined> {
  const [event]: StoredEvent[] = await db.query(`SELECT * FROM notifier.root_cause_events WHERE event_id = $1`, [
    eventId,
  ]);
  return event;
}

export async function storedEventData(db: Db, eventId: string): Promise<Record<string, any> | undefined> {
  const [event]: StoredEvent[] = await db.query(`SELECT data FROM notifier.root_cause_events WHERE event_id = $1`, [
    eventId,
  ]);
  return event?.data;
}

/** Counts a fan-out batch; done unless `more` remain. */
export async function countFannedOut(db: Db, eventId: string, informed: number, more: boolean): Promise<void> {
  await db.query(
    `UPDATE notifier.root_cause_events SET fanned_out = fanned_out + $2, fan_out_done_at = CASE WHEN $3 THEN NULL ELSE now() END WHERE event_id = $1`,
    [eventId, informed, more],
  );
}
