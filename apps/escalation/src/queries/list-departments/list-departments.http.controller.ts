import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageQuery, PageView } from '@redress/platform';
import { OWNER_ERRORS } from '../../escalation.api-docs';
import { EscalationPrincipalGuard } from '../../auth/escalation-principal.guard';
import { DepartmentDetailView } from './department.view';
import { DepartmentView, ListDepartmentsQuery } from './list-departments.query';

/** Any owner (or the admin) may read the directory: who to turn to is no secret inside the company. */
@ApiTags('departments')
@ApiBearerAuth('owner')
@ApiErrors(OWNER_ERRORS)
@Controller('departments')
@UseGuards(EscalationPrincipalGuard)
export class ListDepartmentsHttpController {
  constructor(private readonly departments: ListDepartmentsQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Read the directory',
    description:
      'Every department with its chain and service levels, by id: who to turn to is no secret inside the company.',
  })
  @ApiOkResponse({
    type: PageView(DepartmentDetailView),
    description: 'One page of departments, with their chains and deadlines',
  })
  @ApiErrors({ 400: 'A bad `limit` or `cursor`: `errors` names it' })
  list(@Query() page: PageQuery): Promise<Page<DepartmentView>> {
    return this.departments.execute(page);
  }
}
