import { ApiPropertyOptional } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { RootCauseStatus } from '../../commands/review-root-cause/root-cause-review.service';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '@redress/platform';

export const ROOT_CAUSE_STATUSES: RootCauseStatus[] = ['under-review', 'identified', 'merged', 'resolved'];

export class ListRootCausesRequest extends PageQuery {
  @ApiPropertyOptional({ enum: ROOT_CAUSE_STATUSES, description: 'Only root causes with this status' })
  @IsOptional()
  @IsIn(ROOT_CAUSE_STATUSES)
  status?: RootCauseStatus;
}

export interface RootCauseSummary {
  id: string;
  status: RootCauseStatus;
  category: string;
  touchpoint: string;
  complaintCount: number;
  impact: number;
  cause: string | null;
  department: string | null;
  decidedBy: string | null;
  openedAt: string;
  identifiedAt: string | null;
  mergedInto: string | null;
}

interface SummaryRow {
  id: string;
  status: RootCauseStatus;
  category: string;
  touchpoint: string;
  complaint_count: number;
  impact: number;
  cause: string | null;
  department: string | null;
  decided_by: string | null;
  opened_at: Date;
  identified_at: Date | null;
  merged_into: string | null;
}

/** Root causes, newest first, optionally of one status. */
@Injectable()
export class ListRootCausesQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(request: ListRootCausesRequest): Promise<Page<RootCauseSummary>> {
    const limit = request.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(request.cursor, ['time', 'uuid']);
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT id, status, category, touchpoint, complaint_count, impact, cause, department, decided_by, opened_at, identified_at, merged_into
       FROM triage.root_causes
       WHERE ($1::text IS NULL OR status = $1) AND ($2::timestamptz IS NULL OR (opened_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY opened_at DESC, id DESC
       LIMIT $4`,
      [request.status ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return toPage(
      rows,
      limit,
      (row): RootCauseSummary => ({
        id: row.id,
        status: row.status,
        category: row.category,
        touchpoint: row.touchpoint,
        complaintCount: row.complaint_count,
        impact: row.impact,
        cause: row.cause,
        department: row.department,
        decidedBy: row.decided_by,
        openedAt: row.opened_at.toISOString(),
        identifiedAt: row.identified_at?.toISOString() ?? null,
        mergedInto: row.merged_into,
      }),
      (row) => [row.opened_at.toISOString(), row.id],
    );
  }
}
