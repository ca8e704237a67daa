import { attachmentTypeOf, downloadName } from './attachment-type';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('attachmentTypeOf', () => {
  it('knows JPEG, PNG and PDF by their first bytes', () => {
    expect(attachmentTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46))).toBe('image/jpeg');
    expect(attachmentTypeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(attachmentTypeOf(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses anything else, however it is named', () => {
    expect(attachmentTypeOf(Buffer.from('<script>alert(1)</script>'))).toBeNull();
    expect(attachmentTypeOf(Buffer.from('GIF89a'))).toBeNull();
    expect(attachmentTypeOf(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull(); // a zip
    expect(attachmentTypeOf(Buffer.from('%PDF'))).toBeNull(); // no dash: not a PDF header
  });

  it('needs the whole signature: a file shorter than it is nothing', () => {
    expect(attachmentTypeOf(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(attachmentTypeOf(bytes(0xff, 0xd8))).toBeNull();
    expect(attachmentTypeOf(bytes())).toBeNull();
  });
});

describe('downloadName', () => {
  it('names a download by its id and real type', () => {
    expect(downloadName('a1', 'image/png')).toBe('a1.png');
    expect(downloadName('a1', 'application/pdf')).toBe('a1.pdf');
  });
});
