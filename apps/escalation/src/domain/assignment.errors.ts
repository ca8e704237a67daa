/** Why an owner's action on an assignment is refused; mapped to HTTP status at the edge. */
export type AssignmentErrorCode =
  | 'ASSIGNMENT.RESOLVED'
  | 'ASSIGNMENT.NOT_ACKNOWLEDGED'
  | 'ASSIGNMENT.ABOVE_YOUR_LEVEL'
  | 'ASSIGNMENT.WAITING'
  | 'ASSIGNMENT.NOT_WAITING'
  | 'ASSIGNMENT.PAUSE_USED_UP';

export class AssignmentError extends Error {
  constructor(
    readonly code: AssignmentErrorCode,
    message: string,
  ) {
    super(message);
  }
}
