import { AttachmentContentType } from '@redress/contracts/vocabulary';

/** The kinds of file a customer may attach: photos of the damage and scanned or printed receipts. */
export type AttachmentType = AttachmentContentType;

/** Bytes enough to tell the kinds apart: the longest signature (PNG's) is 8 bytes. */
export const SNIFF_BYTES = 8;

const SIGNATURES: { type: AttachmentType; bytes: number[] }[] = [
  // SOI marker followed by the first segment's marker byte.
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // "%PDF-"
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

/**
 * What a file is by its first bytes, never by its name or the type the sender claimed: a script named receipt.pdf
 * is refused, and a photo is served back with the type it really has. Null for anything else.
 */
export function attachmentTypeOf(head: Uint8Array): AttachmentType | null {
  const match = SIGNATURES.find(
    ({ bytes }) => head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte),
  );
  return match?.type ?? null;
}

/** The file name an attachment is downloaded as: its id and the extension of what it is, never the sender's name. */
export function downloadName(attachmentId: string, type: AttachmentType): string {
  const extension = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' }[type];
  return `${attachmentId}.${extension}`;
}
