import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, Page, PageQuery } from '@redress/platform';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { AssignmentStatus } from '../../domain/assignment';
import { AssignmentSummary, SUMMARY_COLUMNS, SummaryRow, toSummary } from '../../persistence/assignment.store';

export const ASSIGNMENT_STATUSES: AssignmentStatus[] = ['open', 'acknowledged', 'resolved'];

export class ListAssignmentsRequest extends PageQuery {
  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES, description: 'Only assignments with this status' })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: AssignmentStatus;
}

/** A department's assignments, newest first, optionally of one status. */
@Injectable()
export class ListAssignmentsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(department: string, request: ListAssignmentsRequest): Promise<Page<AssignmentSummary>> {
    const limit = request.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(request.cursor, ['time', 'uuid']) as string[] | null;
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM escalation.assignments a JOIN escalation.owners o ON o.id = a.owner_id
       WHERE a.department_id = $1 AND ($2::text IS NULL OR a.status = $2)
         AND ($3::timestamptz IS NULL OR (a.created_at, a.id) < ($3::timestamptz, $4::uuid))
       ORDER BY a.created_at DESC, a.id DESC LIMIT $5`,
      [department, request.status ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toSummary),
      nextCursor: rows.length > limit ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
    };
  }
}
