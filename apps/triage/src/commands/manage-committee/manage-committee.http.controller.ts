import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { CommitteeMember, CommitteeMemberGuard, CurrentMember } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { MEMBER_ERRORS } from '../../triage.api-docs';
import { CommitteeMemberView, NewMemberView, RosterMemberView, RosterView } from './committee.view';
import { AddMemberRequest, HandOverChairRequest } from './manage-committee.request.dto';
import { ManageCommitteeService, MemberView, Roster } from './manage-committee.service';

/** The roster: any member reads it, the chair edits it. */
@ApiTags('committee')
@ApiBearerAuth('member')
@ApiErrors(MEMBER_ERRORS)
@Controller('committee')
@UseGuards(CommitteeMemberGuard)
export class ManageCommitteeHttpController {
  constructor(private readonly committee: ManageCommitteeService) {}

  /** Who the token belongs to: how the console knows a member and the chair. */
  @Get('me')
  @ApiOperation({ summary: 'Who am I', description: 'The member the token belongs to, and whether they chair.' })
  @ApiOkResponse({ type: CommitteeMemberView, description: 'The member the token belongs to' })
  me(@CurrentMember() member: CommitteeMember): CommitteeMember {
    return member;
  }

  @Get('members')
  @ApiOperation({ summary: 'Read the roster', description: 'Every current member, the chair first, and the quorum.' })
  @ApiOkResponse({ type: RosterView, description: 'The current members, the chair first' })
  roster(): Promise<Roster> {
    return this.committee.roster();
  }

  @Post('members')
  @HttpCode(201)
  @ApiOperation({
    summary: "Add a member (the chair's)",
    description: "A department's representative joins; their token is in this answer only. At most 100 members.",
  })
  @ApiCreatedResponse({ type: NewMemberView, description: 'The new member, with their token (shown this once)' })
  @ApiErrors({
    400: 'A bad body, or a department the rules file does not list: `errors` names the field',
    403: { description: 'Only the chair may do this', message: 'Only the committee chair may change the committee' },
    409: { description: 'The roster is full', message: 'The committee already has 100 members' },
  })
  add(
    @CurrentMember() chair: CommitteeMember,
    @Body() body: AddMemberRequest,
  ): Promise<MemberView & { token: string }> {
    return this.committee.add(chair, body);
  }

  @Delete('members/:memberId')
  @HttpCode(204)
  @ApiOperation({
    summary: "Remove a member (the chair's)",
    description: 'Their token stops working; their votes on root causes still under review go with them.',
  })
  @ApiParam({
    name: 'memberId',
    format: 'uuid',
    description: 'The member',
    example: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors({
    400: '`memberId` is not a UUID',
    403: { description: 'Only the chair may do this', message: 'Only the committee chair may change the committee' },
    404: { description: 'No such current member', message: 'No committee member 7c9e6679-7425-40de-944b-e07fc1f90ae7' },
    409: {
      description: 'The chair cannot be removed',
      message: 'The chair cannot be removed; hand the chair over first',
    },
  })
  remove(
    @CurrentMember() chair: CommitteeMember,
    @Param('memberId', uuidParam('memberId')) memberId: string,
  ): Promise<void> {
    return this.committee.remove(chair, memberId);
  }

  @Post('chair')
  @HttpCode(200)
  @ApiOperation({
    summary: "Hand the chair over (the chair's)",
    description: 'Another current member chairs from now on.',
  })
  @ApiOkResponse({ type: RosterMemberView, description: 'The new chair' })
  @ApiErrors({
    400: 'A bad body: `errors` names the field',
    403: { description: 'Only the chair may do this', message: 'Only the committee chair may hand over the chair' },
    404: { description: 'No such current member', message: 'No committee member 7c9e6679-7425-40de-944b-e07fc1f90ae7' },
  })
  handOver(@CurrentMember() chair: CommitteeMember, @Body() body: HandOverChairRequest): Promise<MemberView> {
    return this.committee.handOverChair(chair, body);
  }
}
