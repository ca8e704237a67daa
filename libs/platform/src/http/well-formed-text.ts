import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import { FieldError } from './validation';

/** A UTF-16 surrogate not paired with its other half: JSON.parse lets `"\ud800"` through, but it is no character. */
const LONE_SURROGATE = /\p{Cs}/u;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** The decoded text of one `name=value` part of a query string or form, or null when it is not UTF-8 percent-encoding. */
function decodeComponent(raw: string): string | null {
  try {
    const text = decodeURIComponent(raw.replace(/\+/g, ' '));
    return hasLoneSurrogate(text) ? null : text;
  } catch {
    return null;
  }
}

/**
 * Decodes `a=1&b=2` strictly: the first part that is not valid percent-encoded UTF-8 is reported by name (or as
 * `query`/`body` when the name itself is broken), where a lenient parser would keep the raw `%ED%A0%80` or a U+FFFD.
 */
export function parseUrlEncoded(
  text: string,
  whole: string,
): { values: Record<string, string | string[]> } | { error: FieldError } {
  const values: Record<string, string | string[]> = Object.create(null);
  for (const part of text.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const name = decodeComponent(equals < 0 ? part : part.slice(0, equals));
    if (name === null) return { error: { field: whole, reason: `${whole} has a name that is not UTF-8 text` } };
    const value = equals < 0 ? '' : decodeComponent(part.slice(equals + 1));
    if (value === null) return { error: { field: name, reason: `${name} is not UTF-8 text` } };
    const previous = values[name];
    values[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return { values };
}

export class MalformedTextError extends Error {
  readonly statusCode = 400;

  constructor(readonly errors: FieldError[]) {
    super(errors.map((error) => error.reason).join('; '));
  }
}

/** A form body as strict as JSON bodies are: valid UTF-8, and every name and value valid once decoded. */
export function parseFormBody(body: Buffer): Record<string, string | string[]> {
  if (!isUtf8(body)) throw new MalformedTextError([{ field: 'body', reason: 'The body is not valid UTF-8' }]);
  const parsed = parseUrlEncoded(body.toString('utf8'), 'body');
  if ('error' in parsed) throw new MalformedTextError([parsed.error]);
  return parsed.values;
}

/**
 * Query strings get a 400 naming the parameter when they carry bytes that are not UTF-8 (a lone surrogate can only
 * arrive that way): Fastify's parser would hand the handler the raw `%ED%A0%80` instead. Path parameters need no
 * hook: Fastify already answers an undecodable path with a 400.
 */
export function refuseMalformedQueries(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const start = request.url.indexOf('?');
    if (start < 0) return;
    const parsed = parseUrlEncoded(request.url.slice(start + 1), 'query');
    if ('error' in parsed)
      return reply
        .code(400)
        .send({ statusCode: 400, error: 'Bad Request', message: parsed.error.reason, errors: [parsed.error] });
  });
}
