import { ConflictException, ForbiddenException, HttpException, NotFoundException } from '@nestjs/common';
import { AssignmentError } from '../domain/assignment.errors';

/** Domain refusals as HTTP: acting above your level is 403, acting on a finished or unacknowledged one 409. */
export function httpErrorOf(error: unknown): unknown {
  if (!(error instanceof AssignmentError)) return error;
  const body = { code: error.code, message: error.message };
  switch (error.code) {
    case 'ASSIGNMENT.ABOVE_YOUR_LEVEL':
      return new ForbiddenException(body);
    default:
      return new ConflictException(body);
  }
}

export function notFound(id: string): HttpException {
  return new NotFoundException(`Your department has no assignment ${id}`);
}
