import { AttachmentType, attachmentTypeOf, SNIFF_BYTES } from './attachment-type';

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
 * Cuts an incoming file, whatever sizes its pieces arrive in, into chunks of `chunkBytes` (the last one shorter),
 * filling one buffer again and again, so that an upload holds one chunk and makes no garbage of its own; tells the
 * file's type by its first chunk, and stops the file the moment it passes `maxBytes`.
 */
export class UploadChunks {
  /** The chunk being filled: one buffer for the whole upload, handed out and then filled again. */
  private readonly chunk: Buffer;
  private filled = 0;
  private total = 0;
  private chunks = 0;
  private detected: AttachmentType | null = null;

  constructor(
    chunkBytes: number,
    private readonly maxBytes: number,
  ) {
    // The type is told by the first chunk, which must hold a whole signature.
    if (chunkBytes < SNIFF_BYTES) throw new Error(`a chunk must hold at least ${SNIFF_BYTES} bytes`);
    this.chunk = Buffer.allocUnsafe(chunkBytes);
  }

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

  /**
   * Takes the next piece; `store` gets each chunk the piece completes, and must be done with it (written it
   * somewhere) before it resolves, because the same buffer is filled again afterwards.
   */
  async push(data: Uint8Array, store: (chunk: Buffer) => Promise<void>): Promise<void> {
    this.total += data.length;
    if (this.total > this.maxBytes)
      throw new AttachmentRefused('too-large', `The file is larger than ${this.maxBytes} bytes`);
    for (let offset = 0; offset < data.length;) {
      const taken = Math.min(this.chunk.length - this.filled, data.length - offset);
      this.chunk.set(data.subarray(offset, offset + taken), this.filled);
      this.filled += taken;
      offset += taken;
      if (this.filled === this.chunk.length) await store(this.handOut());
    }
  }

  /** Hands the last, shorter chunk to `store`, if there is one; an empty file is refused. */
  async end(store: (chunk: Buffer) => Promise<void>): Promise<void> {
    if (this.total === 0) throw new AttachmentRefused('empty', 'The file is empty');
    if (this.filled > 0) await store(this.handOut());
  }

  private handOut(): Buffer {
    const chunk = this.chunk.subarray(0, this.filled);
    this.filled = 0;
    if (this.chunks === 0) {
      this.detected = attachmentTypeOf(chunk);
      if (!this.detected)
        throw new AttachmentRefused('unknown-type', 'The file is not a JPEG, PNG or PDF (told by its content)');
    }
    this.chunks += 1;
    return chunk;
  }
}
