import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { UnitOfWork } from '@redress/messaging';
import { createHash, randomUUID } from 'node:crypto';
import { ClientSystem } from '../../auth/client-system.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { describeEvent } from '../../domain/timeline-entry';
import { AttachmentRefused, UploadChunks } from '../../domain/upload-chunks';
import {
  completeAttachment,
  countAttachments,
  insertAttachment,
  insertChunk,
  isComplaintOf,
  lockAttachmentsOf,
} from '../../persistence/attachment.store';
import { insertComplaintEntry } from '../../persistence/timeline.store';
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
      if (!(await isComplaintOf(tx.manager, complaintId, client.id)))
        throw new NotFoundException(`No complaint ${complaintId}`);
      await lockAttachmentsOf(tx.manager, complaintId);
      if ((await countAttachments(tx.manager, complaintId)) >= maxPerComplaint)
        throw new AttachmentRefused('too-many', `The complaint already has ${maxPerComplaint} attachments`);

      const attachmentId = randomUUID();
      const chunks = new UploadChunks(CHUNK_BYTES, maxBytes);
      const sha256 = createHash('sha256');
      const store = async (chunk: Buffer) => {
        // The row first, once the first chunk has told what the file is; the chunks refer to it.
        if (chunks.chunkCount === 1) await insertAttachment(tx.manager, attachmentId, complaintId, chunks.type);
        sha256.update(chunk);
        await insertChunk(tx.manager, attachmentId, chunks.chunkCount - 1, chunk);
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
      await completeAttachment(tx.manager, attachmentId, {
        sizeBytes: chunks.sizeBytes,
        chunkCount: chunks.chunkCount,
        sha256: digest,
        addedAt: event.data.addedAt,
      });
      await insertComplaintEntry(tx.manager, event, complaintId, describeEvent(event));
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
