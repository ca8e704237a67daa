import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { GetTrendsQuery, Trends, TrendsRequest } from './get-trends.query';
import { renderTrendsChart } from './trends-chart';
import { TrendsView } from './trends.view';

/**
 * Counts only, no complaint or customer data: open like a wall chart, so a person can look at it in a browser
 * (an <img> cannot send a bearer token).
 */
@ApiTags('trends')
@Controller()
export class GetTrendsHttpController {
  constructor(private readonly trends: GetTrendsQuery) {}

  @Get('trends')
  @ApiOperation({
    summary: 'Read the trends',
    description:
      'Complaints per category per week, root causes opened and resolved per week, and the fixes: where to act.',
  })
  @ApiOkResponse({
    type: TrendsView,
    description: 'Complaints per category and week, root causes opened and resolved, and the fixes',
  })
  @ApiErrors({ 400: '`weeks` is not 1-104' })
  json(@Query() query: TrendsRequest): Promise<Trends> {
    return this.trends.execute(query);
  }

  @Get('trends.svg')
  @ApiOperation({
    summary: 'See the trends chart',
    description: 'The same as GET /trends, drawn as an SVG line chart with each fix marked on its category.',
  })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'The chart', schema: { type: 'string' } })
  @ApiErrors({ 400: '`weeks` is not 1-104' })
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  async svg(@Query() query: TrendsRequest): Promise<string> {
    return renderTrendsChart(await this.trends.execute(query));
  }
}
