import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiReportErrors,
  ApiReportResponse,
  CurrentReportReader,
  reportAnswer,
  reportDepartment,
  reportFormat,
  ReportQuery,
  ReportReader,
  reportWindow,
  streamedRows,
  streamRows,
} from '@redress/platform';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { TriageReportReaderGuard } from '../../auth/report-reader.guard';
import { CategoryReportQuery, ComplaintLine } from './category-report.query';
import { CategoryReportView, ComplaintLinesView } from './category-report.view';

/**
 * `GET /reports/categories`: complaints received in the period by category and status (their root cause's), with
 * totals per category and status. `GET /reports/complaints`: the same complaints one by one, streamed from a cursor,
 * so a year's CSV takes no more memory than a day's. Both as CSV with `.csv` or `Accept: text/csv`.
 */
@ApiTags('reports')
@ApiBearerAuth('report-reader')
@ApiReportErrors()
@Controller('reports')
@UseGuards(TriageReportReaderGuard)
export class CategoryReportHttpController {
  constructor(
    private readonly query: CategoryReportQuery,
    private readonly dataSource: DataSource,
  ) {}

  @Get(['categories', 'categories.csv'])
  @ApiOperation({
    summary: 'Read complaints by category and status',
    description:
      "Complaints received in the period by category and by their root cause's status, with the totals of each. A " +
      'department head reads their own department; a supervisor every one, or the one asked for. As CSV with `.csv` ' +
      'or `Accept: text/csv` (one row per category and status).',
  })
  @ApiReportResponse(
    CategoryReportView,
    'The counts of the period by category, by status and by both',
    'category,status,complaints\r\nlate-delivery,resolved,5\r\nlate-delivery,under-review,12\r\n',
  )
  async categories(
    @Query() query: ReportQuery,
    @CurrentReportReader() reader: ReportReader,
    @Req() request: FastifyRequest,
  ) {
    const filter = this.filter(query, reader);
    const counts = await this.query.counts(filter);
    const sum = (key: 'category' | 'status') =>
      [...counts.reduce((sums, row) => sums.set(row[key], (sums.get(row[key]) ?? 0) + row.complaints), new Map())]
        .sort(([a], [b]) => String(a).localeCompare(String(b)))
        .map(([name, complaints]) => ({ [key]: name, complaints }));
    return reportAnswer(
      reportFormat(request),
      'categories',
      {
        from: filter.from.toISOString(),
        to: filter.to.toISOString(),
        department: filter.department ?? null,
        touchpoint: filter.touchpoint ?? null,
        total: counts.reduce((total, row) => total + row.complaints, 0),
        byCategory: sum('category'),
        byStatus: sum('status'),
        byCategoryAndStatus: counts,
      },
      () => ({
        header: ['category', 'status', 'complaints'],
        rows: counts.map((row) => [row.category, row.status, row.complaints]),
      }),
    );
  }

  @Get(['complaints', 'complaints.csv'])
  @ApiOperation({
    summary: 'List the complaints of a period',
    description:
      'The complaints received in the period one by one, oldest first, streamed from a database cursor: a year takes ' +
      'no more memory than a day. A failure mid-way cuts the answer short (a short CSV, or JSON that does not parse). ' +
      'A department head reads their own department; a supervisor every one, or the one asked for. As CSV with ' +
      '`.csv` or `Accept: text/csv`.',
  })
  @ApiReportResponse(
    ComplaintLinesView,
    'Every complaint received in the period',
    'complaintId,receivedAt,category,touchpoint,status,department,rootCauseId,dissatisfaction\r\n' +
      '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11,2026-11-23T10:15:00.000Z,late-delivery,delivery,under-review,logistics,' +
      '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f,upset\r\n',
  )
  complaints(@Query() query: ReportQuery, @CurrentReportReader() reader: ReportReader, @Req() request: FastifyRequest) {
    const { sql, parameters } = this.query.lines(this.filter(query, reader));
    const column = (name: string, index: number) => ({
      name,
      value: (row: ComplaintLine) =>
        row[index] instanceof Date ? (row[index] as Date).toISOString() : (row[index] as string),
    });
    return streamedRows(
      reportFormat(request),
      streamRows<ComplaintLine>(this.dataSource, sql, parameters, { rowMode: 'array' }),
      [
        'complaintId',
        'receivedAt',
        'category',
        'touchpoint',
        'status',
        'department',
        'rootCauseId',
        'dissatisfaction',
      ].map(column),
      'complaints',
    );
  }

  private filter(query: ReportQuery, reader: ReportReader) {
    const { from, to } = reportWindow(query);
    return { from, to, department: reportDepartment(reader, query.department), touchpoint: query.touchpoint };
  }
}
