import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { Page, PageQuery } from '@redress/platform';
import { EscalationPrincipalGuard } from '../../auth/escalation-principal.guard';
import { DepartmentView, ListDepartmentsQuery } from './list-departments.query';

/** Any owner (or the admin) may read the directory: who to turn to is no secret inside the company. */
@Controller('departments')
@UseGuards(EscalationPrincipalGuard)
export class ListDepartmentsHttpController {
  constructor(private readonly departments: ListDepartmentsQuery) {}

  @Get()
  list(@Query() page: PageQuery): Promise<Page<DepartmentView>> {
    return this.departments.execute(page);
  }
}
