import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CommitteeMember, CommitteeMemberGuard, CurrentMember } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { CastVoteRequest } from './cast-vote.request.dto';
import { CastVoteResult, CastVoteService } from './cast-vote.service';

@Controller('rootcauses')
@UseGuards(CommitteeMemberGuard)
export class CastVoteHttpController {
  constructor(private readonly castVote: CastVoteService) {}

  /** One vote per member, changeable until the root cause is decided (then 409). */
  @Post(':id/votes')
  @HttpCode(200)
  vote(
    @CurrentMember() member: CommitteeMember,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CastVoteRequest,
  ): Promise<CastVoteResult> {
    return this.castVote.execute(member, id, body);
  }
}
