import { ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { InvalidRequestException } from '@redress/platform';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new InvalidRequestException([{ field, reason: `${field} must be a UUID` }]),
  });
}

export const DEPARTMENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A department id in the path: lower-case letters, digits and dashes, at most 63 characters. */
export function departmentParam(field = 'id'): PipeTransform<string, string> {
  return {
    transform(value: string): string {
      if (typeof value !== 'string' || !DEPARTMENT_ID_PATTERN.test(value)) {
        throw new InvalidRequestException([
          { field, reason: `${field} must be lower-case letters, digits and dashes (at most 63)` },
        ]);
      }
      return value;
    },
  };
}
