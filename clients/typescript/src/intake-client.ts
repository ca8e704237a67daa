import createClient, { type Client } from 'openapi-fetch';
import { randomUUID } from 'node:crypto';
import type { components, operations, paths } from './intake.openapi';

export type Schemas = components['schemas'];
export type NewComplaint = Schemas['SubmitComplaintRequest'];
export type Receipt = Schemas['SubmittedComplaintDto'];
export type Attachment = Schemas['AttachmentView'];

/** The JSON a route answers with on success, when its OpenAPI document describes it. */
type JsonOf<Operation extends keyof operations, Status extends number> = operations[Operation]['responses'] extends {
  [S in Status]: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
/** `Described` if the document describes the body, else `Fallback` (what the route answers all the same). */
type Or<Described, Fallback> = [Described] extends [never] ? Fallback : Described;

/** A complaint as `GET /complaints/:id` answers: its status, timeline and the rest (see docs/integration.md). */
export type Complaint = Or<
  JsonOf<'GetComplaintHttpController_get', 200>,
  { id: string; status: string; timeline: { at: string; type: string; summary: string }[]; [field: string]: unknown }
>;
/** A page of the change feed (`GET /complaints/changes`). */
export type ChangesPage = Or<
  JsonOf<'ListChangesHttpController_list', 200>,
  {
    items: { position: string; complaintId: string; type: string; at: string; summary: string; details: unknown }[];
    nextCursor: string;
    hasMore: boolean;
  }
>;

/** A field intake refused, and why. */
export interface FieldError {
  field: string;
  reason: string;
}

/** Intake answered with an error status: `status`, its message and, for a 400, each field refused. */
export class RedressApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[],
    /** Seconds to wait before retrying, from `Retry-After` (429 and 503). */
    readonly retryAfterSeconds: number | null,
    /** The rule that refused the request, stable for programs to test (`CHANGES.CURSOR_PRUNED`), when there is one. */
    readonly code: string | null = null,
    /**
     * On a 410 from the change feed (the cursor is older than the feed keeps): read your complaints again, then go on
     * with `changes(resumeCursor)` (docs/integration.md).
     */
    readonly resumeCursor: string | null = null,
  ) {
    super(`intake answered ${status}: ${message}`);
    this.name = 'RedressApiError';
  }
}

export interface IntakeClientOptions {
  /** Intake's base URL, e.g. `https://redress.example/intake` or `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** The client system's API key (`rk_…`), sent as `X-Api-Key`. */
  apiKey: string;
  /** Another fetch (a proxy's, a test's); the global one by default. */
  fetch?: typeof fetch;
}

/**
 * A thin, typed client of intake's routes for a client system. `api` is the generated openapi-fetch client for any
 * route; the methods cover the common ones and turn an error status into a `RedressApiError`.
 */
export class IntakeClient {
  readonly api: Client<paths>;

  constructor({ baseUrl, apiKey, fetch: fetchImpl }: IntakeClientOptions) {
    this.api = createClient<paths>({
      baseUrl: baseUrl.replace(/\/+$/, ''),
      headers: { 'X-Api-Key': apiKey },
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    });
  }

  /**
   * Files a complaint. Pass your own id of the request (a ticket number) as `idempotencyKey` and retry with the same
   * key and body after a timeout, 429 or 503: intake files it once and answers every retry with the first receipt.
   */
  async submitComplaint(complaint: NewComplaint, idempotencyKey: string = randomUUID()): Promise<Receipt> {
    return ok(
      await this.api.POST('/complaints', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: complaint,
      }),
    );
  }

  async complaint(id: string): Promise<Complaint> {
    return ok(await this.api.GET('/complaints/{id}', { params: { path: { id } } })) as unknown as Complaint;
  }

  /**
   * The next page of your complaints' changes after `after` (the previous page's `nextCursor`; none: from the oldest
   * change kept). A cursor older than the feed keeps throws a 410 `RedressApiError` carrying `resumeCursor`.
   */
  async changes(after?: string, limit?: number): Promise<ChangesPage> {
    return ok(
      await this.api.GET('/complaints/changes', { params: { query: { after, limit } } }),
    ) as unknown as ChangesPage;
  }

  /**
   * Attaches a JPEG, PNG or PDF (told by its content). Give a file on disk as `await fs.openAsBlob(path)` so it is
   * streamed, not read into memory. The name is only a hint for intake's logs; it is not kept.
   */
  async addAttachment(complaintId: string, file: Blob, filename = 'file'): Promise<Attachment> {
    return ok(
      await this.api.POST('/complaints/{id}/attachments', {
        params: { path: { id: complaintId } },
        body: { file },
        bodySerializer: ({ file: bytes }) => {
          const form = new FormData();
          form.append('file', bytes, filename);
          return form;
        },
      }),
    );
  }

  async attachments(complaintId: string): Promise<Attachment[]> {
    return ok(await this.api.GET('/complaints/{id}/attachments', { params: { path: { id: complaintId } } })).items;
  }

  /** An attachment's bytes as a stream, read as it arrives; its type is in `contentType`. */
  async downloadAttachment(
    complaintId: string,
    attachmentId: string,
  ): Promise<{ contentType: string; sizeBytes: number; body: ReadableStream<Uint8Array> }> {
    const result = await this.api.GET('/complaints/{id}/attachments/{attachmentId}', {
      params: { path: { id: complaintId, attachmentId } },
      parseAs: 'stream',
    });
    const body = ok(result) as unknown as ReadableStream<Uint8Array>;
    return {
      contentType: result.response.headers.get('content-type') ?? 'application/octet-stream',
      sizeBytes: Number(result.response.headers.get('content-length')),
      body,
    };
  }
}

/** The body of a successful answer, or the error as a `RedressApiError`. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const body = (typeof result.error === 'object' && result.error !== null ? result.error : {}) as {
    message?: unknown;
    errors?: unknown;
    code?: unknown;
    resumeCursor?: unknown;
  };
  const message = Array.isArray(body.message)
    ? body.message.join('; ')
    : String(body.message ?? result.response.statusText);
  const retryAfter = result.response.headers.get('retry-after');
  throw new RedressApiError(
    result.response.status,
    message,
    Array.isArray(body.errors) ? (body.errors as FieldError[]) : [],
    retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null,
    typeof body.code === 'string' ? body.code : null,
    typeof body.resumeCursor === 'string' ? body.resumeCursor : null,
  );
}
