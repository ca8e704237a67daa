import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { CurrentSupervisor, Supervisor, SupervisorGuard } from '../../auth/supervisor.guard';
import { SUPERVISOR_ERRORS } from '../../notifier.api-docs';
import { CompensationDetailView } from '../../queries/list-compensations/compensation.view';
import { CompensationView } from '../../queries/list-compensations/list-compensations.query';
import { ApproveCompensationRequest } from './approve-compensation.request.dto';
import { DecideCompensationService } from './decide-compensation.service';
import { RejectCompensationRequest } from './reject-compensation.request.dto';

@ApiTags('compensations')
@ApiBearerAuth('supervisor')
@ApiErrors(SUPERVISOR_ERRORS)
@Controller('compensations')
@UseGuards(SupervisorGuard)
export class DecideCompensationHttpController {
  constructor(private readonly decide: DecideCompensationService) {}

  /** 200 with `status: approved`, or still `review` with `firstApproval` set when a second supervisor must approve. */
  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve a compensation under review',
    description:
      '`approved` at once, or still `review` with `firstApproval` set when the amount is above ' +
      'COMPENSATION_APPROVAL_LIMIT and a second, different supervisor must approve too. An empty body approves the ' +
      'default amount.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The compensation',
    example: '6e7f8a9b-0c1d-4e2f-a3b4-c5d6e7f8a9b0',
  })
  @ApiBody({ type: ApproveCompensationRequest, required: false })
  @ApiOkResponse({
    type: CompensationDetailView,
    description: 'The compensation, approved (or with its first of two approvals)',
  })
  @ApiErrors({
    400: {
      description: 'A bad id, or an amount above the claim, below what was granted, or above what the first approved',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'amount', reason: 'must not exceed the claim of 500.00' }],
      },
    },
    404: { description: 'No such compensation', message: 'No such compensation' },
    409: {
      description: 'Not under review, or this supervisor gave the first approval already',
      message: 'You approved this compensation already: a different supervisor has to approve or reject it',
    },
  })
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
  @ApiOperation({
    summary: 'Reject a compensation under review',
    description: 'What was granted at once stays; the customer is told, with `reason` or a neutral one.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The compensation',
    example: '6e7f8a9b-0c1d-4e2f-a3b4-c5d6e7f8a9b0',
  })
  @ApiBody({ type: RejectCompensationRequest, required: false })
  @ApiOkResponse({ type: CompensationDetailView, description: 'The compensation, rejected' })
  @ApiErrors({
    400: 'A bad id or reason: `errors` names it',
    404: { description: 'No such compensation', message: 'No such compensation' },
    409: { description: 'Not under review', message: 'This compensation is granted, not under review' },
  })
  reject(
    @CurrentSupervisor() supervisor: Supervisor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: RejectCompensationRequest,
  ): Promise<CompensationView> {
    return this.decide.execute(supervisor, id, { kind: 'reject', reason: request.reason?.trim() });
  }
}
