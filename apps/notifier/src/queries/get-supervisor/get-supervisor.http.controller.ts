import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { SUPERVISOR_ERRORS } from '../../notifier.api-docs';
import { SupervisorView } from './supervisor.view';
import { CurrentSupervisor, Supervisor, SupervisorGuard } from '../../auth/supervisor.guard';

/** Who the token belongs to: how the console signs a supervisor in. */
@ApiTags('supervisors')
@ApiBearerAuth('supervisor')
@ApiErrors(SUPERVISOR_ERRORS)
@Controller('supervisors')
@UseGuards(SupervisorGuard)
export class GetSupervisorHttpController {
  @Get('me')
  @ApiOperation({ summary: 'Who am I', description: 'The supervisor the token belongs to.' })
  @ApiOkResponse({ type: SupervisorView, description: 'The supervisor the token belongs to' })
  me(@CurrentSupervisor() supervisor: Supervisor): Supervisor {
    return supervisor;
  }
}
