import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import {
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

/**
 * `GET /reports/categories`: complaints received in the period by category and status (their root cause's), with
 * totals per category and status. `GET /reports/complaints`: the same complaints one by one, streamed from a cursor,
 * so a year's CSV takes no more memory than a day's. Both as CSV with `.csv` or `Accept: text/csv`.
 */
@Controller('reports')
@UseGuards(TriageReportReaderGuard)
export class CategoryReportHttpController {
  constructor(
    private readonly query: CategoryReportQuery,
    private readonly dataSource: DataSource,
  ) {}

  @Get(['categories', 'categories.csv'])
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
