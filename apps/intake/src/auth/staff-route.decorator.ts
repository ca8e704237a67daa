import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { StaffGuard } from './staff.guard';

/**
 * A controller of routes staff call with their own token (the console passes it on): guarded by StaffGuard, listed
 * under `staff` with the `staff` bearer scheme, and documenting the refusals every such route shares.
 */
export function StaffRoute(): ClassDecorator {
  return applyDecorators(
    ApiTags('staff'),
    ApiBearerAuth('staff'),
    UseGuards(StaffGuard),
    ApiErrors({
      401: {
        description: 'No token, or one neither triage nor escalation knows',
        message: 'Unknown member or owner token',
      },
      503: {
        description: 'Triage or escalation, which know the token, did not answer',
        message: 'The service that issued this token did not answer; try again shortly',
      },
    }),
  );
}
