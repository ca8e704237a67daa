/**
 * A small HTTP client for the demo: JSON in, JSON (or text) out, the status always visible, and an error that names
 * the request when a service answers something the story did not expect.
 */
export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  /** `Authorization: Bearer <token>`. */
  bearer?: string;
  /** Extra headers (X-Api-Key, Idempotency-Key ...). */
  headers?: Record<string, string>;
  body?: unknown;
  /** Statuses the caller handles itself; any other throws. Default: 2xx. */
  expect?: number[];
  timeoutMs?: number;
}

export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly text: string,
  ) {
    super(message);
  }
}

export class Api {
  constructor(
    readonly baseUrl: string,
    private readonly defaults: Pick<RequestOptions, 'bearer' | 'headers'> = {},
  ) {}

  url(path: string): string {
    return new URL(path, this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`).toString();
  }

  get<T = any>(path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    return this.request<T>('GET', path, options);
  }

  post<T = any>(path: string, body?: unknown, options: RequestOptions = {}): Promise<HttpResult<T>> {
    return this.request<T>('POST', path, { ...options, body });
  }

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    const bearer = options.bearer ?? this.defaults.bearer;
    const headers: Record<string, string> = { ...this.defaults.headers, ...options.headers };
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const target = this.url(path);
    let response: Response;
    try {
      response = await fetch(target, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new HttpError(`${method} ${target} failed: ${(error as Error).message} (is "npm start" running?)`, 0, '');
    }
    const text = await response.text();
    let body: any = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) {
      try {
        body = JSON.parse(text);
      } catch {
        // keep the text
      }
    }
    const expected = options.expect ?? [];
    if (!(response.ok && expected.length === 0) && !expected.includes(response.status)) {
      throw new HttpError(
        `${method} ${target} answered ${response.status}: ${text.slice(0, 300)}`,
        response.status,
        text,
      );
    }
    return { status: response.status, headers: response.headers, body: body as T, text };
  }
}
