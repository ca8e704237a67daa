import { InvalidRequestException } from './validation';

/**
 * Opaque keyset cursors: the sort key of the last item returned, base64url-encoded. Keyset paging stays fast
 * at any depth and never skips or repeats an item when new ones arrive meanwhile.
 */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What each part of a cursor must be: a time (ISO-8601), a UUID, an integer or a short text. */
export type CursorPart = 'time' | 'uuid' | 'int' | 'text';

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  time: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  uuid: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  int: (value) => Number.isSafeInteger(value),
  text: (value) => typeof value === 'string' && value.length <= 200,
};

/**
 * The key a cursor carries, checked part by part, so a forged cursor is a 400 naming the field and never
 * reaches SQL as garbage. Null when no cursor was given (the first page).
 */
export function decodeCursor(cursor: string | undefined, parts: CursorPart[], field = 'cursor'): (string | number)[] | null {
  if (cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts.length && key.every((value, index) => PART_CHECKS[parts[index]](value))) {
      return key as (string | number)[];
    }
  } catch {
    // falls through to the 400
  }
  throw new InvalidRequestException([{ field, reason: `${field} is not a cursor this list gave out` }]);
}
