import { Inject, Injectable } from '@nestjs/common';
import { CONSOLE_SETTINGS, ConsoleSettings, UpstreamUrls } from '../config/console.settings';

export type UpstreamService = keyof UpstreamUrls;

export interface FieldError {
  field: string;
  reason: string;
}

/** A service answered with an error, or did not answer (status 0). The page decides what the person sees. */
export class UpstreamError extends Error {
  constructor(
    readonly service: UpstreamService,
    readonly status: number,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(`${service}: ${status} ${message}`);
  }
}

export interface UpstreamCall {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The signed-in person's bearer token: the services, not the console, decide what it may do. */
  token?: string;
  apiKey?: string;
  body?: unknown;
  /** The console request's id, so one action can be followed through every service's logs. */
  correlationId?: string;
  /** How long to wait for the answer, when a route is known to take longer than a page usually may. */
  timeoutMs?: number;
}

/** A page waits this long for a service before telling the person it is not answering. */
const TIMEOUT_MS = 5_000;

/** Calls the services' public HTTP routes: the console has no data of its own. */
@Injectable()
export class Upstream {
  constructor(@Inject(CONSOLE_SETTINGS) private readonly settings: ConsoleSettings) {}

  async json<T>(service: UpstreamService, path: string, call: UpstreamCall = {}): Promise<T> {
    const response = await this.send(service, path, call);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  async text(service: UpstreamService, path: string, call: UpstreamCall = {}): Promise<string> {
    return (await this.send(service, path, call)).text();
  }

  /**
   * The response itself, for a body the console passes on as it arrives (a file): the timeout covers the answer's
   * headers, not the time a person's browser takes to read the body.
   */
  async stream(service: UpstreamService, path: string, call: UpstreamCall = {}): Promise<Response> {
    const headersArrived = new AbortController();
    const timer = setTimeout(() => headersArrived.abort(new Error('no answer in time')), TIMEOUT_MS);
    try {
      return await this.send(service, path, call, headersArrived.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  private async send(
    service: UpstreamService,
    path: string,
    call: UpstreamCall,
    signal: AbortSignal = AbortSignal.timeout(call.timeoutMs ?? TIMEOUT_MS),
  ): Promise<Response> {
    const headers: Record<string, string> = {};
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.apiKey) headers['x-api-key'] = call.apiKey;
    if (call.correlationId) headers['x-correlation-id'] = call.correlationId;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.settings.upstream[service]}${path}`, {
        method: call.method ?? 'GET',
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal,
      });
    } catch (error) {
      throw new UpstreamError(service, 0, (error as Error).message);
    }
    if (response.ok) return response;
    const body = (await response.json().catch(() => ({}))) as { message?: unknown; errors?: FieldError[] };
    const message = Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? response.statusText);
    throw new UpstreamError(service, response.status, message, Array.isArray(body.errors) ? body.errors : []);
  }
}
