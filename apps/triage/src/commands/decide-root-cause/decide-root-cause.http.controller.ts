import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CommitteeMember, CommitteeMemberGuard, CurrentMember } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { IdentifiedRootCause } from '../review/root-cause-review';
import { DecideRootCauseRequest } from './decide-root-cause.request.dto';
import { DecideRootCauseService } from './decide-root-cause.service';

@Controller('rootcauses')
@UseGuards(CommitteeMemberGuard)
export class DecideRootCauseHttpController {
  constructor(private readonly decide: DecideRootCauseService) {}

  @Post(':id/decision')
  @HttpCode(200)
  decision(
    @CurrentMember() member: CommitteeMember,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: DecideRootCauseRequest,
  ): Promise<IdentifiedRootCause> {
    return this.decide.execute(member, id, body);
  }
}
