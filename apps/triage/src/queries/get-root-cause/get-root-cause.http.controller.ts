import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { CommitteeMemberGuard } from '../../auth/committee-member.guard';
import { uuidParam } from '../../http/request-helpers';
import { PageQuery } from '@redress/platform';
import { GetRootCauseQuery, RootCauseView } from './get-root-cause.query';

@Controller('rootcauses')
@UseGuards(CommitteeMemberGuard)
export class GetRootCauseHttpController {
  constructor(private readonly rootCause: GetRootCauseQuery) {}

  @Get(':id')
  get(@Param('id', uuidParam('id')) id: string, @Query() page: PageQuery): Promise<RootCauseView> {
    return this.rootCause.execute(id, page);
  }
}
