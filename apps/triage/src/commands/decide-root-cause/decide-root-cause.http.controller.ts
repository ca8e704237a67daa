import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { CommitteeMember, CommitteeMemberGuard, CurrentMember } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { CHAIR_ONLY, MEMBER_ERRORS } from '../../triage.api-docs';
import { IdentifiedRootCauseView } from '../review-root-cause/identified-root-cause.view';
import { IdentifiedRootCause } from '../review-root-cause/root-cause-review.service';
import { DecideRootCauseRequest } from './decide-root-cause.request.dto';
import { DecideRootCauseService } from './decide-root-cause.service';

@ApiTags('rootcauses')
@ApiBearerAuth('member')
@ApiErrors(MEMBER_ERRORS)
@Controller('rootcauses')
@UseGuards(CommitteeMemberGuard)
export class DecideRootCauseHttpController {
  constructor(private readonly decide: DecideRootCauseService) {}

  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: "Decide a root cause (the chair's)",
    description: 'The chair may decide at any time while the root cause is under review; it is identified at once.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The root cause',
    example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f',
  })
  @ApiOkResponse({ type: IdentifiedRootCauseView, description: "The root cause, identified by the chair's decision" })
  @ApiErrors({
    400: 'A bad body or id, or a department the rules file does not list: `errors` names the field',
    403: CHAIR_ONLY,
    404: { description: 'No such root cause', message: 'No root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f' },
    409: {
      description: 'The root cause is no longer under review',
      message: 'Root cause 0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f is identified; its review is closed',
    },
  })
  decision(
    @CurrentMember() member: CommitteeMember,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: DecideRootCauseRequest,
  ): Promise<IdentifiedRootCause> {
    return this.decide.execute(member, id, body);
  }
}
