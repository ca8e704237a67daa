import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { CommitteeMember, CommitteeMemberGuard, CurrentMember } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { MEMBER_ERRORS } from '../../triage.api-docs';
import { MoveComplaintRequest } from './move-complaint.request.dto';
import { MoveComplaintService, MovedComplaint } from './move-complaint.service';
import { MovedComplaintView } from './moved-complaint.view';

@ApiTags('rootcauses')
@ApiBearerAuth('member')
@ApiErrors(MEMBER_ERRORS)
@Controller('complaints')
@UseGuards(CommitteeMemberGuard)
export class MoveComplaintHttpController {
  constructor(private readonly moveComplaint: MoveComplaintService) {}

  @Post(':complaintId/move')
  @HttpCode(200)
  @ApiOperation({
    summary: "Move a complaint to another root cause (the chair's)",
    description:
      "Both root causes' counts follow, and a new `rootcause.complaint-linked` tells every service where the complaint " +
      'is now. The last complaint of an open root cause cannot leave it: merge that root cause instead.',
  })
  @ApiParam({
    name: 'complaintId',
    format: 'uuid',
    description: 'The complaint',
    example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11',
  })
  @ApiOkResponse({ type: MovedComplaintView, description: 'The complaint, under its new root cause' })
  @ApiErrors({
    400: {
      description: 'A bad body or id, or the root cause the complaint is already under',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'toRootCauseId', reason: 'toRootCauseId must be a UUID' }],
      },
    },
    403: { description: 'Only the chair may do this', message: 'Only the committee chair may move a complaint' },
    404: {
      description: 'No such complaint in triage, or no such root cause',
      message: 'No complaint 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11 in triage',
    },
    409: {
      description:
        'The target takes no complaints, the source is resolved, the complaint is its only one, or it moved meanwhile',
      message:
        'Complaint 5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11 is the only one of root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f; merge that root cause instead',
    },
  })
  move(
    @CurrentMember() member: CommitteeMember,
    @Param('complaintId', uuidParam('complaintId')) complaintId: string,
    @Body() body: MoveComplaintRequest,
  ): Promise<MovedComplaint> {
    return this.moveComplaint.execute(member, complaintId, body);
  }
}
