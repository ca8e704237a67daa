import { randomBytes } from 'node:crypto';

/** First bytes of each kind intake takes, followed by filler in the tests. */
export const FILE_HEADS = {
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  pdf: Buffer.from('%PDF-1.7\n'),
  text: Buffer.from('This is not a picture at all.\n'),
} as const;

/** A file of `bytes` bytes beginning with `head`, the rest random. */
export function fileOf(head: Buffer, bytes: number): Buffer {
  return Buffer.concat([head, randomBytes(Math.max(0, bytes - head.length))]).subarray(0, bytes);
}

export interface UploadOptions {
  field?: string;
  filename?: string;
  /** The type the sender claims, which intake ignores. */
  contentType?: string;
  /** Send without Content-Length (chunked), so intake cannot refuse a large file before reading it. */
  chunked?: boolean;
}

const BOUNDARY = '----redress-test-boundary-7d1f';

/**
 * A multipart/form-data body with one file part. The file is given as a head and a length and generated while it is
 * sent (the filler is a repeated letter), so a test can upload 100 MB without holding it.
 */
export function multipartBody(
  head: Buffer,
  bytes: number,
  { field = 'file', filename = 'photo.jpg', contentType = 'application/octet-stream' }: UploadOptions = {},
): { body: AsyncIterable<Uint8Array>; length: number; contentType: string } {
  const preamble = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const closing = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  async function* body(): AsyncIterable<Uint8Array> {
    yield preamble;
    const first = head.subarray(0, bytes);
    yield first;
    const piece = Buffer.alloc(64 * 1024, 0x41);
    for (let sent = first.length; sent < bytes; sent += piece.length)
      yield piece.subarray(0, Math.min(piece.length, bytes - sent));
    yield closing;
  }
  return {
    body: body(),
    length: preamble.length + bytes + closing.length,
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
  };
}

/** The same body as one buffer, for small files whose exact bytes a test compares after downloading. */
export function multipartBuffer(file: Buffer, options: UploadOptions = {}): { body: Buffer; contentType: string } {
  const { field = 'file', filename = 'photo.jpg', contentType = 'application/octet-stream' } = options;
  return {
    body: Buffer.concat([
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
          `Content-Type: ${contentType}\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
  };
}

export interface UploadResult {
  status: number;
  body: any;
  headers: Headers;
}

/** POSTs a file to a complaint's attachments with a client system's key. */
export async function uploadAttachment(
  intakeUrl: string,
  apiKey: string,
  complaintId: string,
  file: Buffer | { head: Buffer; bytes: number },
  options: UploadOptions = {},
): Promise<UploadResult> {
  const streamed = Buffer.isBuffer(file) ? null : multipartBody(file.head, file.bytes, options);
  const buffered = Buffer.isBuffer(file) ? multipartBuffer(file, options) : null;
  const headers: Record<string, string> = {
    'x-api-key': apiKey,
    'content-type': (streamed ?? buffered)!.contentType,
  };
  if (streamed && !options.chunked) headers['content-length'] = String(streamed.length);
  const response = await fetch(`${intakeUrl}/complaints/${complaintId}/attachments`, {
    method: 'POST',
    headers,
    body: (streamed?.body ?? buffered?.body) as RequestInit['body'],
    duplex: 'half',
  } as RequestInit);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}
