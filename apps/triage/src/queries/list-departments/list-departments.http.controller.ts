import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { CommitteeMemberGuard } from '../../auth/committee-member.guard';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { MEMBER_ERRORS } from '../../triage.api-docs';
import { DepartmentNamesView } from './departments.view';

/** The departments a vote or a decision may name (from the rules file): what a vote form offers. */
@ApiTags('committee')
@ApiBearerAuth('member')
@ApiErrors(MEMBER_ERRORS)
@Controller('committee')
@UseGuards(CommitteeMemberGuard)
export class ListDepartmentsHttpController {
  constructor(@Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings) {}

  @Get('departments')
  @ApiOperation({
    summary: 'List the departments',
    description: 'The departments a vote or a decision may name (from the rules file): what a vote form offers.',
  })
  @ApiOkResponse({ type: DepartmentNamesView, description: 'The department names a vote or a decision may name' })
  list(): { items: string[] } {
    return { items: this.settings.departments };
  }
}
