import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Effectiveness } from '../../domain/effectiveness';
import { FixEffectivenessQuery } from '../fix-effectiveness/fix-effectiveness.query';
import { RootCauseStatus } from '../../commands/review-root-cause/root-cause-review.service';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '@redress/platform';

export interface RootCauseView {
  id: string;
  status: RootCauseStatus;
  category: string;
  touchpoint: string;
  suggestion: { cause: string; department: string };
  complaintCount: number;
  impact: number;
  dissatisfaction: { outraged: number; upset: number; mild: number };
  openedAt: string;
  reviewDueAt: string | null;
  votes: { memberId: string; memberName: string; cause: string; department: string; castAt: string }[];
  decision: { cause: string; department: string; decidedBy: string; identifiedAt: string } | null;
  mergedInto: string | null;
  mergedAt: string | null;
  resolvedAt: string | null;
  /** Set when this root cause is a resolved one come back (recurrence). */
  recurrenceOf: string | null;
  /** Root causes opened later because this one came back after its fix. */
  recurrences: { id: string; status: RootCauseStatus; openedAt: string }[];
  /** What happened to complaints of its category and touchpoint after the fix; null until resolved. */
  effectiveness: Effectiveness | null;
  /** One page of its complaints, oldest link first; `?limit=&cursor=` page through them. */
  complaints: Page<{
    complaintId: string;
    dissatisfaction: string;
    excerpt: string | null;
    receivedAt: string;
    linkedAt: string;
  }>;
}

interface RootCauseRow {
  id: string;
  status: RootCauseStatus;
  category: string;
  touchpoint: string;
  suggested_cause: string;
  suggested_department: string;
  complaint_count: number;
  impact: number;
  cause: string | null;
  department: string | null;
  decided_by: string | null;
  opened_at: Date;
  identified_at: Date | null;
  review_due_at: Date | null;
  merged_into: string | null;
  merged_at: Date | null;
  resolved_at: Date | null;
  recurrence_of: string | null;
}

/** A root cause with its votes, its decision and a page of its complaints (it can have 100,000). */
@Injectable()
export class GetRootCauseQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly effectiveness: FixEffectivenessQuery,
  ) {}

  async execute(id: string, page: PageQuery): Promise<RootCauseView> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(page.cursor, ['time', 'uuid']);
    const [row]: RootCauseRow[] = await this.dataSource.query(`SELECT * FROM triage.root_causes WHERE id = $1`, [id]);
    if (!row) throw new NotFoundException(`No root cause ${id}`);
    const [votes, levels, complaints, recurrences, effectiveness] = await Promise.all([
      this.dataSource.query(
        `SELECT v.member_id AS "memberId", m.name AS "memberName", v.cause, v.department, v.cast_at AS "castAt"
         FROM triage.votes v JOIN triage.committee_members m ON m.id = v.member_id
         WHERE v.root_cause_id = $1 ORDER BY v.cast_at, v.member_id`,
        [id],
      ) as Promise<{ memberId: string; memberName: string; cause: string; department: string; castAt: Date }[]>,
      this.dataSource.query(
        `SELECT dissatisfaction, count(*)::int AS count FROM triage.complaint_links WHERE root_cause_id = $1 GROUP BY dissatisfaction`,
        [id],
      ) as Promise<{ dissatisfaction: 'outraged' | 'upset' | 'mild'; count: number }[]>,
      this.dataSource.query(
        `SELECT complaint_id, dissatisfaction, excerpt, received_at, linked_at FROM triage.complaint_links
         WHERE root_cause_id = $1 AND ($2::timestamptz IS NULL OR (linked_at, complaint_id) > ($2::timestamptz, $3::uuid))
         ORDER BY linked_at, complaint_id LIMIT $4`,
        [id, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
      ) as Promise<
        { complaint_id: string; dissatisfaction: string; excerpt: string | null; received_at: Date; linked_at: Date }[]
      >,
      this.dataSource.query(
        `SELECT id, status, opened_at FROM triage.root_causes WHERE recurrence_of = $1 ORDER BY opened_at`,
        [id],
      ) as Promise<{ id: string; status: RootCauseStatus; opened_at: Date }[]>,
      row.resolved_at
        ? this.effectiveness.of({ category: row.category, touchpoint: row.touchpoint, resolvedAt: row.resolved_at })
        : null,
    ]);
    const dissatisfaction = { outraged: 0, upset: 0, mild: 0 };
    for (const level of levels) dissatisfaction[level.dissatisfaction] = level.count;
    return {
      id: row.id,
      status: row.status,
      category: row.category,
      touchpoint: row.touchpoint,
      suggestion: { cause: row.suggested_cause, department: row.suggested_department },
      complaintCount: row.complaint_count,
      impact: row.impact,
      dissatisfaction,
      openedAt: row.opened_at.toISOString(),
      reviewDueAt: row.review_due_at?.toISOString() ?? null,
      votes: votes.map((vote) => ({ ...vote, castAt: vote.castAt.toISOString() })),
      decision:
        row.decided_by && row.cause && row.department && row.identified_at
          ? {
              cause: row.cause,
              department: row.department,
              decidedBy: row.decided_by,
              identifiedAt: row.identified_at.toISOString(),
            }
          : null,
      mergedInto: row.merged_into,
      mergedAt: row.merged_at?.toISOString() ?? null,
      resolvedAt: row.resolved_at?.toISOString() ?? null,
      recurrenceOf: row.recurrence_of,
      recurrences: recurrences.map((recurrence) => ({
        id: recurrence.id,
        status: recurrence.status,
        openedAt: recurrence.opened_at.toISOString(),
      })),
      effectiveness,
      complaints: toPage(
        complaints,
        limit,
        (link) => ({
          complaintId: link.complaint_id,
          dissatisfaction: link.dissatisfaction,
          excerpt: link.excerpt,
          receivedAt: link.received_at.toISOString(),
          linkedAt: link.linked_at.toISOString(),
        }),
        (link) => [link.linked_at.toISOString(), link.complaint_id],
      ),
    };
  }
}
