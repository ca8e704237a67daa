import { InvalidRequestException } from './validation';
import { hasLoneSurrogate } from './well-formed-text';

/**
 * Opaque keyset cursors: the sort key of the last item returned, base64url-encoded. Keyset paging stays fast
 * at any depth and never skips or repeats an item when new ones arrive meanwhile.
 */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * What each part of a cursor must be: a time as `toISOString()` writes it, a UUID, an integer that fits Postgres'
 * `integer` (not negative: counts and ranks) or a short text Postgres can store.
 */
export type CursorPart = 'time' | 'uuid' | 'int' | 'text';

/** Years 0001-9999 only: Date.parse takes years up to ±275760 and forms like "1", which Postgres refuses with a 500. */
const ISO_TIME = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MAX_INT = 2 ** 31 - 1;

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  // The round trip refuses the impossible dates Date.parse rolls over (2026-02-31).
  time: (value) => typeof value === 'string' && ISO_TIME.test(value) && new Date(value).toISOString() === value,
  uuid: (value) =>
    typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  int: (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INT,
  text: (value) =>
    typeof value === 'string' && value.length <= 200 && !value.includes('\u0000') && !hasLoneSurrogate(value),
};

/**
 * The key a cursor carries, checked part by part, so a forged cursor is a 400 naming the field and never
 * reaches SQL as garbage. Null when no cursor was given (the first page).
 */
export function decodeCursor(
  cursor: string | undefined,
  parts: CursorPart[],
  field = 'cursor',
): (string | number)[] | null {
  if (cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every((value, index) => PART_CHECKS[parts[index]](value))
    ) {
      return key as (string | number)[];
    }
  } catch {
    // falls through to the 400
  }
  throw new InvalidRequestException([{ field, reason: `${field} is not a cursor this list gave out` }]);
}
