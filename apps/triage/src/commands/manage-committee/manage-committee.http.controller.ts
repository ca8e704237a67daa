import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CommitteeMember, CommitteeMemberGuard, CurrentMember } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { AddMemberRequest, HandOverChairRequest } from './manage-committee.request.dto';
import { ManageCommitteeService, MemberView, Roster } from './manage-committee.service';

/** The roster: any member reads it, the chair edits it. */
@Controller('committee')
@UseGuards(CommitteeMemberGuard)
export class ManageCommitteeHttpController {
  constructor(private readonly committee: ManageCommitteeService) {}

  /** Who the token belongs to: how the console knows a member and the chair. */
  @Get('me')
  me(@CurrentMember() member: CommitteeMember): CommitteeMember {
    return member;
  }

  @Get('members')
  roster(): Promise<Roster> {
    return this.committee.roster();
  }

  @Post('members')
  @HttpCode(201)
  add(
    @CurrentMember() chair: CommitteeMember,
    @Body() body: AddMemberRequest,
  ): Promise<MemberView & { token: string }> {
    return this.committee.add(chair, body);
  }

  @Delete('members/:memberId')
  @HttpCode(204)
  remove(
    @CurrentMember() chair: CommitteeMember,
    @Param('memberId', uuidParam('memberId')) memberId: string,
  ): Promise<void> {
    return this.committee.remove(chair, memberId);
  }

  @Post('chair')
  @HttpCode(200)
  handOver(@CurrentMember() chair: CommitteeMember, @Body() body: HandOverChairRequest): Promise<MemberView> {
    return this.committee.handOverChair(chair, body);
  }
}
