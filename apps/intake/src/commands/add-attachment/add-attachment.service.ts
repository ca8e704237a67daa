import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { UnitOfWork } from '@redress/messaging';
import { createHash, randomUUID } from 'node:crypto';
import { ClientSystem } from '../../auth/client-system.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { describeEvent } from '../../domain/timeline-entry';
import { AttachmentRefused, UploadChunks } from '../../domain/upload-chunks';
import { AttachmentView } from '../../queries/list-attachments/attachment.view';

/** The size of a stored chunk: big enough that a 10 MiB file is 40 rows, small enough that nobody holds a file. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Stores a file a client system attaches to one of its complaints, as it arrives: each chunk is written as soon as it
 * is whole, inside one transaction with the attachment's row, its timeline entry and `complaint.attachment-added`, so
 * a refused, broken or abandoned upload leaves nothing behind. Uploads to one complaint take turns (an advisory lock
 * on it), so two at once cannot both be the fifth; the complaint's row itself stays free for the pipeline's updates.
 */
@Injectable()
export class AddAttachmentService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  add(client: ClientSystem, complaintId: string, file: AsyncIterable<Uint8Array>): Promise<AttachmentView> {
    const { maxBytes, maxPerComplaint } = this.settings.attachments;
    return this.unitOfWork.run(async (tx) => {
      const query = <T>(sql: string, params: unknown[]): Promise<T[]> => tx.manager.query(sql, params);
      const [complaint] = await query(`SELECT 1 FROM intake.complaints WHERE id = $1 AND client_system_id = $2`, [
        complaintId,
        client.id,
      ]);
      if (!complaint) throw new NotFoundException(`No complaint ${complaintId}`);
      await query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`attachments:${complaintId}`]);
      const [{ count }] = await query<{ count: number }>(
        `SELECT count(*)::int AS count FROM intake.attachments WHERE complaint_id = $1`,
        [complaintId],
      );
      if (count >= maxPerComplaint)
        throw new AttachmentRefused('too-many', `The complaint already has ${maxPerComplaint} attachments`);

      const attachmentId = randomUUID();
      const chunks = new UploadChunks(CHUNK_BYTES, maxBytes);
      const sha256 = createHash('sha256');
      const store = async (chunk: Buffer) => {
        // The row first, once the first chunk has told what the file is; the chunks refer to it.
        if (chunks.chunkCount === 1)
          await query(
            `INSERT INTO intake.attachments (id, complaint_id, content_type, size_bytes, chunk_count, sha256)
             VALUES ($1, $2, $3, 0, 0, '')`,
            [attachmentId, complaintId, chunks.type],
          );
        sha256.update(chunk);
        await query(`INSERT INTO intake.attachment_chunks (attachment_id, seq, data) VALUES ($1, $2, $3)`, [
          attachmentId,
          chunks.chunkCount - 1,
          chunk,
        ]);
      };
      for await (const piece of file) await chunks.push(piece, store);
      await chunks.end(store);

      const event = tx.emit({
        type: EventType.ComplaintAttachmentAdded,
        key: complaintId,
        data: {
          complaintId,
          attachmentId,
          contentType: chunks.type,
          sizeBytes: chunks.sizeBytes,
          addedAt: new Date().toISOString(),
        },
      });
      const digest = sha256.digest('hex');
      await query(
        `UPDATE intake.attachments SET size_bytes = $2, chunk_count = $3, sha256 = $4, added_at = $5 WHERE id = $1`,
        [attachmentId, chunks.sizeBytes, chunks.chunkCount, digest, event.data.addedAt],
      );
      const entry = describeEvent(event);
      await query(
        `INSERT INTO intake.complaint_events (event_id, complaint_id, type, occurred_at, summary, details)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [event.id, complaintId, event.type, event.occurredAt, entry.summary, entry.details],
      );
      return {
        id: attachmentId,
        complaintId,
        contentType: chunks.type,
        sizeBytes: chunks.sizeBytes,
        sha256: digest,
        addedAt: event.data.addedAt,
      };
    });
  }
}
