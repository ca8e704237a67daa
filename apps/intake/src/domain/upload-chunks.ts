import { AttachmentType, attachmentTypeOf } from './attachment-type';

/** Why an attachment is refused, with the code the HTTP edge maps to a status. */
export type AttachmentRefusalCode = 'too-large' | 'unknown-type' | 'empty' | 'too-many';

export class AttachmentRefused extends Error {
  constructor(
    readonly code: AttachmentRefusalCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Cuts an incoming file, whatever sizes its pieces arrive in, into chunks of `chunkBytes` (the last one shorter), so
 * that at most one chunk is ever held; tells the file's type by its first chunk, and stops it the moment it passes
 * `maxBytes`.
 */
export class UploadChunks {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private total = 0;
  private chunks = 0;
  private detected: AttachmentType | null = null;

  constructor(
    private readonly chunkBytes: number,
    private readonly maxBytes: number,
  ) {}

  get sizeBytes(): number {
    return this.total;
  }

  get chunkCount(): number {
    return this.chunks;
  }

  /** The type told by the first chunk; only once a chunk has been given out. */
  get type(): AttachmentType {
    if (!this.detected) throw new Error('no chunk yet');
    return this.detected;
  }

  /** The whole chunks `data` completes. */
  push(data: Uint8Array): Buffer[] {
    this.total += data.length;
    if (this.total > this.maxBytes)
      throw new AttachmentRefused('too-large', `The file is larger than ${this.maxBytes} bytes`);
    this.pending.push(data);
    this.pendingBytes += data.length;
    const ready: Buffer[] = [];
    while (this.pendingBytes >= this.chunkBytes) ready.push(this.take(this.chunkBytes));
    return ready;
  }

  /** The last, shorter chunk, if any; an empty file is refused. */
  end(): Buffer | null {
    if (this.total === 0) throw new AttachmentRefused('empty', 'The file is empty');
    return this.pendingBytes > 0 ? this.take(this.pendingBytes) : null;
  }

  private take(bytes: number): Buffer {
    const joined = Buffer.concat(this.pending, this.pendingBytes);
    const chunk = joined.subarray(0, bytes);
    const rest = joined.subarray(bytes);
    this.pending = rest.length > 0 ? [rest] : [];
    this.pendingBytes = rest.length;
    if (this.chunks === 0) {
      this.detected = attachmentTypeOf(chunk);
      if (!this.detected)
        throw new AttachmentRefused('unknown-type', 'The file is not a JPEG, PNG or PDF (told by its content)');
    }
    this.chunks += 1;
    return chunk;
  }
}
