import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { CurrentSupervisor, Supervisor, SupervisorGuard } from '../../auth/supervisor.guard';
import { CompensationView } from '../../queries/list-compensations/list-compensations.http.controller';
import { ApproveCompensationRequest } from './approve-compensation.request.dto';
import { DecideCompensationService } from './decide-compensation.service';
import { RejectCompensationRequest } from './reject-compensation.request.dto';

@Controller('compensations')
@UseGuards(SupervisorGuard)
export class DecideCompensationHttpController {
  constructor(private readonly decide: DecideCompensationService) {}

  /** 200 with `status: approved`, or still `review` with `firstApproval` set when a second supervisor must approve. */
  @Post(':id/approve')
  @HttpCode(200)
  approve(
    @CurrentSupervisor() supervisor: Supervisor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: ApproveCompensationRequest,
  ): Promise<CompensationView> {
    return this.decide.execute(supervisor, id, { kind: 'approve', amount: request.amount });
  }

  /** 200 with `status: rejected`; the customer is told, with `reason` or a neutral one. */
  @Post(':id/reject')
  @HttpCode(200)
  reject(
    @CurrentSupervisor() supervisor: Supervisor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: RejectCompensationRequest,
  ): Promise<CompensationView> {
    return this.decide.execute(supervisor, id, { kind: 'reject', reason: request.reason?.trim() });
  }
}
