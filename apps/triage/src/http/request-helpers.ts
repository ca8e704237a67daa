import { ParseUUIDPipe } from '@nestjs/common';
import { InvalidRequestException } from '@redress/platform';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new InvalidRequestException([{ field, reason: `${field} must be a UUID` }]),
  });
}

/** A department the settings do not list is a 400 naming the field and the departments there are. */
export function checkDepartment(department: string, departments: string[], field = 'department'): void {
  if (!departments.includes(department)) {
    throw new InvalidRequestException([{ field, reason: `${field} must be one of ${departments.join(', ')}` }]);
  }
}
