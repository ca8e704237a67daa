import { ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { decodeCursor, InvalidRequestException } from '@redress/platform';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new InvalidRequestException([{ field, reason: `${field} must be a UUID` }]) });
}

export const DEPARTMENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A department id in the path: lower-case letters, digits and dashes, at most 63 characters. */
export function departmentParam(field = 'id'): PipeTransform<string, string> {
  return {
    transform(value: string): string {
      if (typeof value !== 'string' || !DEPARTMENT_ID_PATTERN.test(value)) {
        throw new InvalidRequestException([{ field, reason: `${field} must be lower-case letters, digits and dashes (at most 63)` }]);
      }
      return value;
    },
  };
}

type CursorPart = 'time' | 'uuid' | 'text';

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  time: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  uuid: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  text: (value) => typeof value === 'string' && value.length <= 200,
};

/** The key of an opaque cursor, checked part by part, so a forged one is a 400 and never reaches SQL as garbage. */
export function cursorKey(cursor: string | undefined, parts: CursorPart[]): string[] | null {
  if (cursor === undefined) return null;
  const key = decodeCursor(cursor, parts.length);
  if (!key.every((value, index) => PART_CHECKS[parts[index]](value))) {
    throw new InvalidRequestException([{ field: 'cursor', reason: 'is not a cursor this list gave out' }]);
  }
  return key as string[];
}
