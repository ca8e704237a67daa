import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { uuidParam } from '../../http/request-helpers';
import { FollowUpView } from '../../persistence/follow-up-store';
import { CompleteFollowUpRequest } from './complete-follow-up.request.dto';
import { CompleteFollowUpService } from './complete-follow-up.service';

@Controller('follow-ups')
@UseGuards(EscalationPrincipalGuard)
export class CompleteFollowUpHttpController {
  constructor(private readonly completeFollowUp: CompleteFollowUpService) {}

  /** 200 with the follow-up; 404 for another department's, 409 if already made. */
  @Post(':id/complete')
  @HttpCode(200)
  complete(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CompleteFollowUpRequest,
  ): Promise<FollowUpView> {
    return this.completeFollowUp.execute(requireOwner(principal), id, body);
  }
}
