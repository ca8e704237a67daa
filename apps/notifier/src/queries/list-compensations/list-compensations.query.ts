import { ApiPropertyOptional } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { formatMinorUnits } from '@redress/contracts';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, Page, PageQuery } from '@redress/platform';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { COMPENSATION_ROWS } from '../../persistence/compensation.store';
import { COMPENSATION_STATUSES } from './compensation.view';

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

/** Compensations, or those of one status, oldest first, keyset-paged. */
@Injectable()
export class ListCompensationsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListCompensationsRequest): Promise<Page<CompensationView>> {
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
