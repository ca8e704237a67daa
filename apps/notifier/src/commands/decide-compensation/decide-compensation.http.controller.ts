import { Controller, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { CurrentSupervisor, Supervisor, SupervisorGuard } from '../../auth/supervisor.guard';
import { CompensationView } from '../../queries/list-compensations/list-compensations.http.controller';
import { DecideCompensationService } from './decide-compensation.service';

@Controller('compensations')
@UseGuards(SupervisorGuard)
export class DecideCompensationHttpController {
  constructor(private readonly decide: DecideCompensationService) {}

  @Post(':id/approve')
  @HttpCode(200)
  approve(@CurrentSupervisor() supervisor: Supervisor, @Param('id', ParseUUIDPipe) id: string): Promise<CompensationView> {
    return this.decide.execute(supervisor, id, 'approve');
  }

  @Post(':id/reject')
  @HttpCode(200)
  reject(@CurrentSupervisor() supervisor: Supervisor, @Param('id', ParseUUIDPipe) id: string): Promise<CompensationView> {
    return this.decide.execute(supervisor, id, 'reject');
  }
}
