import { Controller, Get, UseGuards } from '@nestjs/common';
import { CurrentSupervisor, Supervisor, SupervisorGuard } from '../../auth/supervisor.guard';

/** Who the token belongs to: how the console signs a supervisor in. */
@Controller('supervisors')
@UseGuards(SupervisorGuard)
export class GetSupervisorHttpController {
  @Get('me')
  me(@CurrentSupervisor() supervisor: Supervisor): Supervisor {
    return supervisor;
  }
}
