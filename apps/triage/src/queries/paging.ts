import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { InvalidRequestException } from '@redress/platform';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** `?limit=` (1-200, default 50) and the opaque `cursor` of the previous page's `nextCursor`. */
export class PageQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) limit?: number;
  @IsOptional() @IsString() @Length(1, 1000) cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A cursor is the sort key of the last item seen, opaque to the client. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What each part of a cursor must be: a time (ISO-8601), a UUID or an integer. */
export type CursorPart = 'time' | 'uuid' | 'int';

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  time: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  uuid: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  int: (value) => Number.isSafeInteger(value),
};

/** The key a cursor carries, checked part by part, so a forged cursor is a 400 and never reaches SQL as garbage. */
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

/** Fetch one row more than the page holds: if it is there, the page's last item gives the next cursor. */
export function toPage<R, T>(rows: R[], limit: number, view: (row: R) => T, keyOf: (row: R) => (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  return { items: items.map(view), nextCursor: rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null };
}
