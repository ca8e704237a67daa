import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { formatMinorUnits } from '@redress/contracts';
import { ApiErrors, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, Page, PageQuery, PageView } from '@redress/platform';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { SupervisorGuard } from '../../auth/supervisor.guard';
import { SUPERVISOR_ERRORS } from '../../notifier.api-docs';
import { COMPENSATION_STATUSES, CompensationDetailView } from './compensation.view';

const STATUSES = COMPENSATION_STATUSES;

export class ListCompensationsRequest extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES, example: 'review', description: 'Only compensations with this status' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}

export interface CompensationView {
  id: string;
  complaintId: string;
  status: string;
  /** Granted so far, a decimal string. */
  granted: string;
  /** What would settle the case, when a person has to decide. */
  requested: string | null;
  currency: string;
  basis: string;
  reviewReason: string | null;
  /**
   * The first of two approvals an amount above COMPENSATION_APPROVAL_LIMIT needs; while the status is `review`, the
   * compensation waits for a second, different supervisor. Null when no such approval was given.
   */
  firstApproval: { amount: string; supervisor: { id: string; name: string | null }; approvedAt: string } | null;
  createdAt: string;
  decidedAt: string | null;
  /** A rejection's reason as the supervisor gave it; null without one (the customer was told a neutral reason). */
  decisionReason: string | null;
}

/** Compensations with the name of their first approver, for `compensationView`. */
export const COMPENSATION_ROWS = `
  SELECT c.*, first_approver.name AS first_approver_name FROM notifier.compensations c
  LEFT JOIN notifier.supervisors first_approver ON first_approver.id = c.first_approved_by`;

export function compensationView(row: Record<string, any>): CompensationView {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    status: row.status,
    granted: formatMinorUnits(Number(row.granted), row.currency),
    requested: row.requested === null ? null : formatMinorUnits(Number(row.requested), row.currency),
    currency: row.currency,
    basis: row.basis,
    reviewReason: row.review_reason,
    firstApproval: row.first_approved_by
      ? {
          amount: formatMinorUnits(Number(row.first_approved_amount), row.currency),
          supervisor: { id: row.first_approved_by, name: row.first_approver_name ?? null },
          approvedAt: new Date(row.first_approved_at).toISOString(),
        }
      : null,
    createdAt: new Date(row.created_at).toISOString(),
    decidedAt: row.decided_at ? new Date(row.decided_at).toISOString() : null,
    decisionReason: row.decision_reason ?? null,
  };
}

/**
 * `GET /compensations?status=review`: the grants a supervisor has to decide on (those awaiting a second approval
 * among them, with their `firstApproval`), oldest first, keyset-paged.
 */
@ApiTags('compensations')
@ApiBearerAuth('supervisor')
@ApiErrors(SUPERVISOR_ERRORS)
@Controller('compensations')
@UseGuards(SupervisorGuard)
export class ListCompensationsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'List compensations',
    description:
      'Every compensation, or those of one `status` (`review`: the ones a supervisor has to decide, those awaiting a ' +
      'second approval among them), oldest first.',
  })
  @ApiOkResponse({ type: PageView(CompensationDetailView), description: 'One page of compensations' })
  @ApiErrors({ 400: 'A bad `status`, `limit` or `cursor`: `errors` names it' })
  async list(@Query() query: ListCompensationsRequest): Promise<Page<CompensationView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const [afterAt, afterId] = (decodeCursor(query.cursor, ['time', 'uuid']) as [string, string] | null) ?? [
      null,
      null,
    ];
    const rows = await this.dataSource.query(
      `${COMPENSATION_ROWS}
       WHERE ($1::text IS NULL OR c.status = $1) AND ($2::timestamptz IS NULL OR (c.created_at, c.id) > ($2::timestamptz, $3::uuid))
       ORDER BY c.created_at, c.id LIMIT $4`,
      [query.status ?? null, afterAt, afterId, limit + 1],
    );
    const items = rows.slice(0, limit).map(compensationView);
    const last = rows.length > limit ? rows[limit - 1] : null;
    return { items, nextCursor: last ? encodeCursor([new Date(last.created_at).toISOString(), last.id]) : null };
  }
}
