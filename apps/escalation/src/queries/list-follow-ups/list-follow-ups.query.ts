import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '@redress/platform';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { FOLLOW_UP_VIEW_COLUMNS, followUpView, FollowUpView } from '../../persistence/follow-up.store';

export class ListFollowUpsRequest extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'done'], description: 'Only callbacks with this status' })
  @IsOptional()
  @IsIn(['open', 'done'])
  status?: 'open' | 'done';
}

/** Callbacks, soonest due first: of one department, or (`department` null) of all. */
@Injectable()
export class ListFollowUpsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(department: string | null, query: ListFollowUpsRequest): Promise<Page<FollowUpView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const [afterDue, afterId] = (decodeCursor(query.cursor, ['time', 'uuid']) as [string, string] | null) ?? [
      null,
      null,
    ];
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT ${FOLLOW_UP_VIEW_COLUMNS} FROM escalation.follow_ups f JOIN escalation.owners o ON o.id = f.owner_id
       WHERE ($1::text IS NULL OR f.department_id = $1) AND ($2::text IS NULL OR f.status = $2)
         AND ($3::timestamptz IS NULL OR (f.due_at, f.id) > ($3::timestamptz, $4::uuid))
       ORDER BY f.due_at, f.id LIMIT $5`,
      [department, query.status ?? null, afterDue, afterId, limit + 1],
    );
    const now = new Date();
    return toPage(
      rows,
      limit,
      (row) => followUpView(row, now),
      (row) => [new Date(row.due_at).toISOString(), row.id],
    );
  }
}
