import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { CommitteeMemberGuard } from '../../auth/committee-member.guard';
import { Page } from '@redress/platform';
import { ListRootCausesQuery, ListRootCausesRequest, RootCauseSummary } from './list-root-causes.query';

@Controller('rootcauses')
@UseGuards(CommitteeMemberGuard)
export class ListRootCausesHttpController {
  constructor(private readonly rootCauses: ListRootCausesQuery) {}

  @Get()
  list(@Query() query: ListRootCausesRequest): Promise<Page<RootCauseSummary>> {
    return this.rootCauses.execute(query);
  }
}
