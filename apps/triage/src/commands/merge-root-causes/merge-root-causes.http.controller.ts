import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { CommitteeMember, CommitteeMemberGuard, CurrentMember } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { MEMBER_ERRORS } from '../../triage.api-docs';
import { MergeRootCausesRequest } from './merge-root-causes.request.dto';
import { MergedRootCause, MergeRootCausesService } from './merge-root-causes.service';
import { MergedRootCauseView } from './merged-root-cause.view';

@ApiTags('rootcauses')
@ApiBearerAuth('member')
@ApiErrors(MEMBER_ERRORS)
@Controller('rootcauses')
@UseGuards(CommitteeMemberGuard)
export class MergeRootCausesHttpController {
  constructor(private readonly mergeRootCauses: MergeRootCausesService) {}

  /** 202: the root cause is merged at once; its complaints follow within moments, in batches. */
  @Post(':id/merge')
  @HttpCode(202)
  @ApiOperation({
    summary: "Merge a root cause into another (the chair's)",
    description:
      'A root cause under review is closed as `merged` at once; its complaints follow within moments, in batches, each ' +
      'with a `rootcause.complaint-linked` naming where it came from.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The root cause merged away',
    example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f',
  })
  @ApiAcceptedResponse({
    type: MergedRootCauseView,
    description: 'The root cause, merged; its complaints follow in batches',
  })
  @ApiErrors({
    400: {
      description: 'A bad body or id, or a root cause merged into itself',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'intoRootCauseId', reason: 'intoRootCauseId must be another root cause' }],
      },
    },
    403: { description: 'Only the chair may do this', message: 'Only the committee chair may merge root causes' },
    404: {
      description: 'Either root cause does not exist',
      message: 'No root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f',
    },
    409: {
      description: 'This root cause is not under review, or the other one takes no complaints',
      message: 'Root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f is resolved; it takes no complaints',
    },
  })
  merge(
    @CurrentMember() member: CommitteeMember,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: MergeRootCausesRequest,
  ): Promise<MergedRootCause> {
    return this.mergeRootCauses.execute(member, id, body);
  }
}
