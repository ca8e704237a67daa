import { AttachmentRefused, UploadChunks } from './upload-chunks';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const png = (bytes: number) => Buffer.concat([PNG, Buffer.alloc(bytes - PNG.length, 7)]);

async function refusal(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AttachmentRefused) return error.code;
    throw error;
  }
  return 'none';
}

/** Copies what it is given: the chunker fills the same buffer again afterwards. */
function collector() {
  const stored: Buffer[] = [];
  return { stored, store: async (chunk: Buffer) => void stored.push(Buffer.from(chunk)) };
}

describe('UploadChunks', () => {
  it('cuts pieces of any size into whole chunks and a shorter last one, keeping every byte in order', async () => {
    const file = png(25);
    const chunks = new UploadChunks(10, 100);
    const { stored, store } = collector();
    await chunks.push(file.subarray(0, 3), store);
    await chunks.push(file.subarray(3, 17), store);
    await chunks.push(file.subarray(17), store);
    expect(stored.map((chunk) => chunk.length)).toEqual([10, 10]);
    await chunks.end(store);
    expect(stored.map((chunk) => chunk.length)).toEqual([10, 10, 5]);
    expect(Buffer.concat(stored)).toEqual(file);
    expect(chunks).toMatchObject({ sizeBytes: 25, chunkCount: 3, type: 'image/png' });
  });

  it('gives out a chunk only once it is whole, and a piece may complete several', async () => {
    const chunks = new UploadChunks(8, 100);
    const { stored, store } = collector();
    await chunks.push(png(20), store);
    expect(stored).toHaveLength(2);
  });

  it('tells the type from the first chunk, not from anything the sender says', async () => {
    const chunks = new UploadChunks(16, 100);
    expect(await refusal(() => chunks.push(Buffer.from('#!/bin/sh\nrm -rf / # receipt.pdf'), async () => {}))).toBe(
      'unknown-type',
    );
  });

  it('tells the type of a file smaller than one chunk when it ends', async () => {
    const chunks = new UploadChunks(1024, 2048);
    const { stored, store } = collector();
    await chunks.push(Buffer.from('%PDF-1.4 tiny'), store);
    expect(stored).toEqual([]);
    await chunks.end(store);
    expect(stored.map(String)).toEqual(['%PDF-1.4 tiny']);
    expect(chunks.type).toBe('application/pdf');
  });

  it('accepts exactly the limit and refuses one byte more, at the piece that passes it', async () => {
    const atLimit = new UploadChunks(8, 24);
    const { stored, store } = collector();
    await atLimit.push(png(24), store);
    await atLimit.end(store);
    expect(stored).toHaveLength(3);
    expect(atLimit.sizeBytes).toBe(24);

    const over = new UploadChunks(8, 24);
    await over.push(png(20), store);
    expect(await refusal(() => over.push(Buffer.alloc(5), store))).toBe('too-large');
  });

  it('refuses an empty file', async () => {
    expect(await refusal(() => new UploadChunks(8, 24).end(async () => {}))).toBe('empty');
  });
});
