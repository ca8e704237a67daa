import { Db } from './db';

/**
 * The SQL of the files attached to complaints (`intake.attachments`, stored in chunks in `intake.attachment_chunks`)
 * as uploads write them. Reading them is the list-attachments query's.
 */

/** Whether the client system filed this complaint. */
export async function isComplaintOf(db: Db, complaintId: string, clientSystemId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM intake.complaints WHERE id = $1 AND client_system_id = $2`, [
    complaintId,
    clientSystemId,
  ]);
  return rows.length > 0;
}

/**
 * Uploads to one complaint take turns until the transaction ends (an advisory lock on it), so two at once cannot both
 * be the fifth; the complaint's row itself stays free for the pipeline's updates.
 */
export async function lockAttachmentsOf(db: Db, complaintId: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`attachments:${complaintId}`]);
}

export async function countAttachments(db: Db, complaintId: string): Promise<number> {
  const [{ count }]: { count: number }[] = await db.query(
    `SELECT count(*)::int AS count FROM intake.attachments WHERE complaint_id = $1`,
    [complaintId],
  );
  return count;
}

/** The attachment's row, before its chunks (they refer to it); its size and digest come with completeAttachment. */
export async function insertAttachment(
  db: Db,
  attachmentId: string,
  complaintId: string,
  contentType: string,
): Promise<void> {
  await db.query(
    `INSERT INTO intake.attachments (id, complaint_id, content_type, size_bytes, chunk_count, sha256)
     VALUES ($1, $2, $3, 0, 0, '')`,
    [attachmentId, complaintId, contentType],
  );
}

export async function insertChunk(db: Db, attachmentId: string, seq: number, data: Buffer): Promise<void> {
  await db.query(`INSERT INTO intake.attachment_chunks (attachment_id, seq, data) VALUES ($1, $2, $3)`, [
    attachmentId,
    seq,
    data,
  ]);
}

export async function completeAttachment(
  db: Db,
  attachmentId: string,
  file: { sizeBytes: number; chunkCount: number; sha256: string; addedAt: string },
): Promise<void> {
  await db.query(
    `UPDATE intake.attachments SET size_bytes = $2, chunk_count = $3, sha256 = $4, added_at = $5 WHERE id = $1`,
    [attachmentId, file.sizeBytes, file.chunkCount, file.sha256, file.addedAt],
  );
}

/** The complaints' attachments, their chunks with them. */
export async function deleteAttachmentsOf(db: Db, complaintIds: string[]): Promise<void> {
  await db.query(`DELETE FROM intake.attachments WHERE complaint_id = ANY($1::uuid[])`, [complaintIds]);
}
