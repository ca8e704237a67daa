import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { OWNER_ERRORS, OWNER_ONLY } from '../../escalation.api-docs';
import { uuidParam } from '../../http/request-helpers';
import { FollowUpView } from '../../persistence/follow-up.store';
import { FollowUpDetailView } from '../../queries/list-follow-ups/follow-up.view';
import { CompleteFollowUpRequest } from './complete-follow-up.request.dto';
import { CompleteFollowUpService } from './complete-follow-up.service';

@ApiTags('follow-ups')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('follow-ups')
@UseGuards(EscalationPrincipalGuard)
export class CompleteFollowUpHttpController {
  constructor(private readonly completeFollowUp: CompleteFollowUpService) {}

  /** 200 with the follow-up; 404 for another department's, 409 if already made. */
  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record a callback',
    description: "What came of the call; the customer's number is forgotten and the complaint can close.",
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The callback',
    example: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  })
  @ApiOkResponse({ type: FollowUpDetailView, description: 'The callback, done' })
  @ApiErrors({
    400: 'A bad id or body, or a blank note: `errors` names the field',
    403: OWNER_ONLY,
    404: {
      description: "Not one of your department's follow-ups",
      message: 'Your department has no follow-up 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    },
    409: {
      description: 'The callback was already recorded (`code` FOLLOW_UP.ALREADY_DONE)',
      example: { code: 'FOLLOW_UP.ALREADY_DONE', message: 'This callback was already made' },
    },
  })
  complete(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CompleteFollowUpRequest,
  ): Promise<FollowUpView> {
    return this.completeFollowUp.execute(requireOwner(principal), id, body);
  }
}
