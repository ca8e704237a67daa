import { ApiProperty } from '@nestjs/swagger';
import { ATTACHMENT_CONTENT_TYPES, AttachmentContentType } from '@redress/contracts';

/** An attachment as its routes describe it: what it is, never the bytes (`GET .../attachments/:attachmentId`). */
export class AttachmentView {
  @ApiProperty({ format: 'uuid', example: '0f8fad5b-d9cb-469f-a165-70867728950e' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  complaintId!: string;

  @ApiProperty({
    enum: ATTACHMENT_CONTENT_TYPES,
    example: 'image/jpeg',
    description: 'What the file is, told by its first bytes (never by its name or the type the sender claimed)',
  })
  contentType!: AttachmentContentType;

  @ApiProperty({ example: 482133 })
  sizeBytes!: number;

  @ApiProperty({
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    description: 'SHA-256 of the bytes, hex: a client can check what it downloads',
  })
  sha256!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-06T09:15:02.113Z' })
  addedAt!: string;
}

export class AttachmentListView {
  @ApiProperty({ type: [AttachmentView] })
  items!: AttachmentView[];
}

export interface AttachmentRow {
  id: string;
  complaint_id: string;
  content_type: AttachmentContentType;
  size_bytes: string;
  sha256: string;
  added_at: Date;
}

export function attachmentView(row: AttachmentRow): AttachmentView {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    addedAt: row.added_at.toISOString(),
  };
}

/** A download's body: the file's bytes, of the type its first bytes showed. */
export const ATTACHMENT_BYTES = Object.fromEntries(
  ATTACHMENT_CONTENT_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
);
