import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { CommitteeMember, CommitteeMemberGuard, CurrentMember } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { MEMBER_ERRORS } from '../../triage.api-docs';
import { CastVoteRequest } from './cast-vote.request.dto';
import { CastVoteResult, CastVoteService } from './cast-vote.service';
import { CastVoteResultView } from './cast-vote.view';

@ApiTags('rootcauses')
@ApiBearerAuth('member')
@ApiErrors(MEMBER_ERRORS)
@Controller('rootcauses')
@UseGuards(CommitteeMemberGuard)
export class CastVoteHttpController {
  constructor(private readonly castVote: CastVoteService) {}

  /** One vote per member, changeable until the root cause is decided (then 409). */
  @Post(':id/votes')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Vote on a root cause',
    description:
      "A member's view of the cause and the department that should own it: one vote per member, changeable until the " +
      'root cause is decided. When a quorum agrees on a department, the cause is identified at once.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The root cause',
    example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f',
  })
  @ApiOkResponse({
    type: CastVoteResultView,
    description: 'The vote as recorded, and the decision when it completed the quorum',
  })
  @ApiErrors({
    400: {
      description: 'A bad body or id, or a department the rules file does not list: `errors` names the field',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'department', reason: 'department must be one of logistics, it, customer-care, quality' }],
      },
    },
    404: { description: 'No such root cause', message: 'No root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f' },
    409: {
      description: 'The root cause is no longer under review',
      message: 'Root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f is identified; its review is closed',
    },
  })
  vote(
    @CurrentMember() member: CommitteeMember,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CastVoteRequest,
  ): Promise<CastVoteResult> {
    return this.castVote.execute(member, id, body);
  }
}
