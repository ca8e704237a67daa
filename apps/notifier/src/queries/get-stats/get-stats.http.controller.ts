import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { SupervisorGuard } from '../../auth/supervisor.guard';
import { SUPERVISOR_ERRORS } from '../../notifier.api-docs';
import { GetStatsQuery, StatsQuery } from './get-stats.query';
import { StatsView } from './stats.view';

/**
 * Satisfaction from the feedback, compensations granted and under review, and this month's budget; the same per
 * department (the one its root cause was assigned to, `unassigned` before) and for the root causes with most outcomes.
 */
@ApiTags('stats')
@ApiBearerAuth('supervisor')
@ApiErrors(SUPERVISOR_ERRORS)
@Controller('stats')
@UseGuards(SupervisorGuard)
export class GetStatsHttpController {
  constructor(private readonly query: GetStatsQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Read the statistics',
    description:
      "Satisfaction from the survey, compensations granted and under review, and this month's budget; the same per " +
      'department and for the root causes with most outcomes.',
  })
  @ApiOkResponse({
    type: StatsView,
    description: 'Satisfaction, compensations and the budget, overall, by department and by root cause',
  })
  @ApiErrors({ 400: '`rootCauses` is not 1-200' })
  stats(@Query() query: StatsQuery) {
    return this.query.execute(query);
  }
}
