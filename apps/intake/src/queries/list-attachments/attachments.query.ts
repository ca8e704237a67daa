import { Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import { StaffPerson } from '@redress/platform';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { downloadName } from '../../domain/attachment-type';
import { AttachmentRow, AttachmentView, attachmentView } from './attachment.view';

/** Who is asking: the client system that filed the complaint, or a person of staff. */
export type Reader = { clientSystemId: string } | { staff: StaffPerson };

/**
 * Reads attachments for those who may see them. A client system sees the attachments of the complaints it filed; a
 * committee member sees any complaint's; an owner sees those of complaints whose root cause is assigned to their
 * department. Everyone else is told there is no such complaint, so ids of others' complaints reveal nothing.
 */
@Injectable()
export class AttachmentsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(reader: Reader, complaintId: string): Promise<AttachmentView[]> {
    await this.requireComplaint(reader, complaintId);
    const rows: AttachmentRow[] = await this.dataSource.query(
      `SELECT id, complaint_id, content_type, size_bytes, sha256, added_at FROM intake.attachments
       WHERE complaint_id = $1 ORDER BY added_at, id`,
      [complaintId],
    );
    return rows.map(attachmentView);
  }

  /** The file as a stream of its chunks, read one at a time as the client takes them. */
  async download(reader: Reader, complaintId: string, attachmentId: string): Promise<StreamableFile> {
    await this.requireComplaint(reader, complaintId);
    const [row]: (AttachmentRow & { chunk_count: number })[] = await this.dataSource.query(
      `SELECT id, complaint_id, content_type, size_bytes, sha256, added_at, chunk_count FROM intake.attachments
       WHERE id = $1 AND complaint_id = $2`,
      [attachmentId, complaintId],
    );
    if (!row) throw new NotFoundException(`No attachment ${attachmentId} on complaint ${complaintId}`);
    return new StreamableFile(Readable.from(this.chunks(row.id, row.chunk_count), { objectMode: false }), {
      type: row.content_type,
      length: Number(row.size_bytes),
      disposition: `attachment; filename="${downloadName(row.id, row.content_type)}"`,
    });
  }

  private async *chunks(attachmentId: string, count: number): AsyncIterable<Buffer> {
    for (let seq = 0; seq < count; seq++) {
      const [chunk]: { data: Buffer }[] = await this.dataSource.query(
        `SELECT data FROM intake.attachment_chunks WHERE attachment_id = $1 AND seq = $2`,
        [attachmentId, seq],
      );
      yield chunk.data;
    }
  }

  private async requireComplaint(reader: Reader, complaintId: string): Promise<void> {
    const [complaint]: { client_system_id: string; department: string | null }[] = await this.dataSource.query(
      `SELECT c.client_system_id,
         (SELECT r.details->>'department' FROM intake.root_cause_events r
          WHERE r.root_cause_id = c.root_cause_id AND r.type = 'assignment.created'
          ORDER BY r.occurred_at DESC LIMIT 1) AS department
       FROM intake.complaints c WHERE c.id = $1`,
      [complaintId],
    );
    const allowed =
      complaint !== undefined &&
      ('clientSystemId' in reader
        ? complaint.client_system_id === reader.clientSystemId
        : reader.staff.role === 'member' || complaint.department === reader.staff.department);
    if (!allowed) throw new NotFoundException(`No complaint ${complaintId} with attachments you may see`);
  }
}
