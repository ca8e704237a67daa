import { Body, Controller, HttpCode, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { CurrentPrincipal, EscalationPrincipalGuard, Principal } from '../../auth/escalation-principal.guard';
import { OWNER_ERRORS } from '../../escalation.api-docs';
import { departmentParam } from '../../http/request-helpers';
import { EditDepartmentRequest } from './edit-department.request.dto';
import { EditDepartmentService, EditedDepartment } from './edit-department.service';
import { EditedDepartmentView } from './edited-department.view';

@ApiTags('departments')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('departments')
@UseGuards(EscalationPrincipalGuard)
export class EditDepartmentHttpController {
  constructor(private readonly editDepartment: EditDepartmentService) {}

  @Put(':id')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Create or replace a department',
    description:
      'Its name and whole chain, and optionally its calendar and deadlines per severity. Owners listed by `id` stay ' +
      'with their tokens; new ones get tokens in this answer only; owners left out leave the chain. Open assignments ' +
      'keep their level and owner. The admin token, or the owner at the top of the chain as it is now.',
  })
  @ApiParam({
    name: 'id',
    description: "The department's name",
    schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,62}$', example: 'logistics' },
  })
  @ApiOkResponse({
    type: EditedDepartmentView,
    description: 'The department as saved, with the tokens of owners it added (shown this once)',
  })
  @ApiErrors({
    400: {
      description: 'A bad id or body: `errors` names each field (an owner listed twice, a bad calendar or duration)',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'serviceLevels.high.acknowledgeWithin', reason: 'must be a duration like 30m, 4h or 5d' }],
      },
    },
    403: {
      description: 'Neither the admin nor the top of this chain; only the admin creates a department',
      message: 'Only the top of the logistics chain or the admin may edit it',
    },
  })
  edit(
    @CurrentPrincipal() principal: Principal,
    @Param('id', departmentParam('id')) id: string,
    @Body() body: EditDepartmentRequest,
  ): Promise<EditedDepartment> {
    return this.editDepartment.execute(principal, id, body);
  }
}
