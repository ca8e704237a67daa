import { isUtf8 } from 'node:buffer';
import { FieldError } from './validation';
import { hasLoneSurrogate } from './well-formed-text';

/** Deeper bodies are refused: no request of ours nests more than a few levels, and deep nesting costs stack. */
export const MAX_JSON_DEPTH = 16;

export class JsonBodyError extends Error {
  readonly statusCode = 400;

  /** The field at fault, when the fault is in one value or key rather than the body as a whole. */
  readonly errors?: FieldError[];

  constructor(message: string, field?: string) {
    super(message);
    if (field !== undefined) this.errors = [{ field, reason: message }];
  }
}

/**
 * Parses a request body as strict JSON: valid UTF-8 (never silently replaced, so a customer's words stay
 * verbatim), not empty, nested at most MAX_JSON_DEPTH levels, free of `__proto__` / `constructor` keys, and
 * without NUL characters, which Postgres cannot store in text, or lone surrogates (`"\ud800"`), which are no text.
 */
export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) throw new JsonBodyError('The body is empty; send a JSON object');
  if (!isUtf8(body)) throw new JsonBodyError('The body is not valid UTF-8');
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new JsonBodyError(`The body is not valid JSON: ${(error as Error).message}`);
  }
  checkShape(value, 1, '');
  return value;
}

function checkShape(value: unknown, depth: number, path: string): void {
  const field = path || 'body';
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new JsonBodyError(`${field} contains a NUL character`, field);
    if (hasLoneSurrogate(value))
      throw new JsonBodyError(`${field} contains a lone UTF-16 surrogate, which is not a character`, field);
  }
  if (typeof value !== 'object' || value === null) return;
  if (depth > MAX_JSON_DEPTH) throw new JsonBodyError(`The body nests deeper than ${MAX_JSON_DEPTH} levels`);
  for (const key of Object.keys(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new JsonBodyError(`The body has a forbidden key "${key}"`, keyPath);
    }
    if (hasLoneSurrogate(key)) {
      throw new JsonBodyError(
        `${path || 'The body'} has a key with a lone UTF-16 surrogate, which is not a character`,
        path || 'body',
      );
    }
    checkShape((value as Record<string, unknown>)[key], depth + 1, keyPath);
  }
}
