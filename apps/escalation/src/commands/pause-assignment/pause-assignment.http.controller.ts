import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import {
  CurrentPrincipal,
  EscalationPrincipalGuard,
  Principal,
  requireOwner,
} from '../../auth/escalation-principal.guard';
import { OWNER_ERRORS } from '../../escalation.api-docs';
import { uuidParam } from '../../http/request-helpers';
import { AssignmentView } from '../../persistence/assignment.store';
import { AssignmentDetailView } from '../../queries/get-assignment/assignment.view';
import { PauseAssignmentService } from './pause-assignment.service';
import { WaitOnPartyRequest } from './wait-on-party.request.dto';

const ASSIGNMENT_ID = {
  name: 'id',
  format: 'uuid',
  description: 'The assignment',
  example: '3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b',
} as const;

const BELOW_LEVEL = {
  description: 'The admin token, or an owner below the level that has it now (`code` ASSIGNMENT.ABOVE_YOUR_LEVEL)',
  example: {
    code: 'ASSIGNMENT.ABOVE_YOUR_LEVEL',
    message: 'The assignment is with level 2 of the chain now; you are level 1',
  },
} as const;

const NOT_FOUND = {
  description: "Not one of your department's assignments",
  message: 'Your department has no assignment 3f2b8c1e-6a4d-4f0e-8b7a-1c2d3e4f5a6b',
} as const;

@ApiTags('assignments')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('assignments')
@UseGuards(EscalationPrincipalGuard)
export class PauseAssignmentHttpController {
  constructor(private readonly pauses: PauseAssignmentService) {}

  /** 200 with the assignment waiting; 400 naming each bad field; 409 if resolved, already waiting or out of pause. */
  @Post(':id/wait')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Wait on an outside party',
    description:
      "Stops the assignment's clock while an outside party holds things up: no deadline or warning falls due " +
      'meanwhile. All pauses together may last ESCALATION_MAX_PAUSE; then the clock starts again by itself.',
  })
  @ApiParam(ASSIGNMENT_ID)
  @ApiOkResponse({ type: AssignmentDetailView, description: 'The assignment, its history ending with the pause' })
  @ApiErrors({
    400: {
      description: 'A bad id, or `waitingOn` or `reason` missing or too long: `errors` names every one',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'waitingOn', reason: 'waitingOn must be longer than or equal to 1 characters' }],
      },
    },
    403: BELOW_LEVEL,
    404: NOT_FOUND,
    409: {
      description:
        'Resolved, already waiting, or its pauses used up (`code` ASSIGNMENT.RESOLVED, ASSIGNMENT.WAITING or ASSIGNMENT.PAUSE_USED_UP)',
      example: { code: 'ASSIGNMENT.WAITING', message: 'The assignment is already waiting; resume it first' },
    },
  })
  wait(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: WaitOnPartyRequest,
  ): Promise<AssignmentView> {
    return this.pauses.wait(requireOwner(principal), id, body);
  }

  /** 200 with the deadlines moved on by the working time paused; 409 if it is not waiting. */
  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Resume a waiting assignment',
    description:
      'Starts the clock again: both deadlines, and the warnings before them, move on by the working time the pause took.',
  })
  @ApiParam(ASSIGNMENT_ID)
  @ApiOkResponse({ type: AssignmentDetailView, description: 'The assignment with its moved deadlines' })
  @ApiErrors({
    400: {
      description: 'A bad id',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'id', reason: 'id must be a UUID' }],
      },
    },
    403: BELOW_LEVEL,
    404: NOT_FOUND,
    409: {
      description: 'Not waiting (`code` ASSIGNMENT.NOT_WAITING)',
      example: { code: 'ASSIGNMENT.NOT_WAITING', message: 'The assignment is not waiting' },
    },
  })
  resume(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string): Promise<AssignmentView> {
    return this.pauses.resume(requireOwner(principal), id);
  }
}
