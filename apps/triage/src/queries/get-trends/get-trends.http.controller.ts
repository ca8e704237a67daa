import { Controller, Get, Header, Query } from '@nestjs/common';
import { GetTrendsQuery, Trends, TrendsRequest } from './get-trends.query';
import { renderTrendsChart } from './trends-chart';

/**
 * Counts only, no complaint or customer data: open like a wall chart, so a person can look at it in a browser
 * (an <img> cannot send a bearer token).
 */
@Controller()
export class GetTrendsHttpController {
  constructor(private readonly trends: GetTrendsQuery) {}

  @Get('trends')
  json(@Query() query: TrendsRequest): Promise<Trends> {
    return this.trends.execute(query);
  }

  @Get('trends.svg')
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  async svg(@Query() query: TrendsRequest): Promise<string> {
    return renderTrendsChart(await this.trends.execute(query));
  }
}
