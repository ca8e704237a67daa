import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { CommitteeMemberGuard } from '../../auth/committee-member.guard';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';

/** The departments a vote or a decision may name (from the rules file): what a vote form offers. */
@Controller('committee')
@UseGuards(CommitteeMemberGuard)
export class ListDepartmentsHttpController {
  constructor(@Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings) {}

  @Get('departments')
  list(): { items: string[] } {
    return { items: this.settings.departments };
  }
}
