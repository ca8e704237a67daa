import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CommitteeMember, CommitteeMemberGuard, CurrentMember } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { MergeRootCausesRequest } from './merge-root-causes.request.dto';
import { MergedRootCause, MergeRootCausesService } from './merge-root-causes.service';

@Controller('rootcauses')
@UseGuards(CommitteeMemberGuard)
export class MergeRootCausesHttpController {
  constructor(private readonly mergeRootCauses: MergeRootCausesService) {}

  /** 202: the root cause is merged at once; its complaints follow within moments, in batches. */
  @Post(':id/merge')
  @HttpCode(202)
  merge(
    @CurrentMember() member: CommitteeMember,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: MergeRootCausesRequest,
  ): Promise<MergedRootCause> {
    return this.mergeRootCauses.execute(member, id, body);
  }
}
