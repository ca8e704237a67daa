import { AttachmentRefused, UploadChunks } from './upload-chunks';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const png = (bytes: number) => Buffer.concat([PNG, Buffer.alloc(bytes - PNG.length, 7)]);

function refusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof AttachmentRefused) return error.code;
    throw error;
  }
  return 'none';
}

describe('UploadChunks', () => {
  it('cuts pieces of any size into whole chunks and a shorter last one, keeping every byte in order', () => {
    const file = png(25);
    const chunks = new UploadChunks(10, 100);
    const out = [
      ...chunks.push(file.subarray(0, 3)),
      ...chunks.push(file.subarray(3, 17)),
      ...chunks.push(file.subarray(17)),
    ];
    const last = chunks.end();
    expect(out.map((chunk) => chunk.length)).toEqual([10, 10]);
    expect(last?.length).toBe(5);
    expect(Buffer.concat([...out, last as Buffer])).toEqual(file);
    expect(chunks).toMatchObject({ sizeBytes: 25, chunkCount: 3, type: 'image/png' });
  });

  it('tells the type from the first chunk, not from anything the sender says', () => {
    const chunks = new UploadChunks(16, 100);
    expect(refusal(() => chunks.push(Buffer.from('#!/bin/sh\nrm -rf / # receipt.pdf')))).toBe('unknown-type');
  });

  it('tells the type of a file smaller than one chunk when it ends', () => {
    const chunks = new UploadChunks(1024, 2048);
    expect(chunks.push(Buffer.from('%PDF-1.4 tiny'))).toEqual([]);
    expect(chunks.end()?.toString()).toBe('%PDF-1.4 tiny');
    expect(chunks.type).toBe('application/pdf');
  });

  it('accepts exactly the limit and refuses one byte more, at the piece that passes it', () => {
    const atLimit = new UploadChunks(8, 24);
    atLimit.push(png(24));
    expect(atLimit.end()).toBeNull();
    expect(atLimit.sizeBytes).toBe(24);

    const over = new UploadChunks(8, 24);
    over.push(png(20));
    expect(refusal(() => over.push(Buffer.alloc(5)))).toBe('too-large');
  });

  it('refuses an empty file', () => {
    expect(refusal(() => new UploadChunks(8, 24).end())).toBe('empty');
  });
});
