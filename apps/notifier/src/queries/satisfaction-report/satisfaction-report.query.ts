import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface SatisfactionFigures {
  complaints: number;
  /** Survey answers, their average rating (1-5) and the share rating 4 or 5. */
  answers: number;
  averageRating: number | null;
  satisfiedShare: number | null;
  /** Complaints granted something, the sum granted (minor units of the compensation currency), and still in review. */
  compensated: number;
  granted: number;
  underReview: number;
}

export interface SatisfactionGroup extends SatisfactionFigures {
  kind: 'total' | 'department' | 'owner' | 'rootCause';
  department: string | null;
  ownerId: string | null;
  owner: string | null;
  rootCauseId: string | null;
}

export interface SatisfactionFilter {
  from: Date;
  to: Date;
  department?: string;
  touchpoint?: string;
  currency: string;
}

/**
 * Complaints received in the window, in one pass with grouping sets: all, by department (their root cause's, or
 * `unassigned`), by owner (who resolved the root cause, else who last held it) and by root cause.
 */
const SATISFACTION = `
  WITH cases AS (
    SELECT c.id, c.root_cause_id, coalesce(r.department, 'unassigned') AS department,
           coalesce(res.data->'owner', prog.data->'owner') AS owner,
           f.rating, comp.granted, comp.currency, comp.status
    FROM notifier.complaints c
    LEFT JOIN notifier.root_causes r ON r.id = c.root_cause_id
    LEFT JOIN notifier.root_cause_events res ON res.event_id = r.resolved_event_id
    LEFT JOIN notifier.root_cause_events prog ON prog.event_id = r.progress_event_id
    LEFT JOIN notifier.feedback f ON f.complaint_id = c.id AND f.answered_at IS NOT NULL
    LEFT JOIN notifier.compensations comp ON comp.complaint_id = c.id
    WHERE c.received_at >= $1 AND c.received_at < $2
      AND ($3::text IS NULL OR coalesce(r.department, 'unassigned') = $3)
      AND ($4::text IS NULL OR c.touchpoint = $4))
  SELECT CASE WHEN grouping(department) = 1 THEN 'total'
              WHEN grouping(owner->>'id') = 0 THEN 'owner'
              WHEN grouping(root_cause_id) = 0 THEN 'rootCause' ELSE 'department' END AS kind,
         department, owner->>'id' AS owner_id, min(owner->>'name') AS owner, root_cause_id,
         count(*)::int AS complaints,
         count(rating)::int AS answers,
         avg(rating)::float AS average_rating,
         count(*) FILTER (WHERE rating >= 4)::int AS satisfied,
         count(*) FILTER (WHERE granted > 0)::int AS compensated,
         coalesce(sum(granted) FILTER (WHERE currency = $5), 0)::bigint AS granted,
         count(*) FILTER (WHERE status = 'review')::int AS under_review
  FROM cases
  GROUP BY GROUPING SETS ((), (department), (department, owner->>'id'), (department, root_cause_id))
  ORDER BY grouping(department) DESC, department, kind, min(owner->>'name'), root_cause_id`;

@Injectable()
export class SatisfactionReportQuery {
  constructor(private readonly dataSource: DataSource) {}

  async groups(filter: SatisfactionFilter): Promise<SatisfactionGroup[]> {
    const rows: Record<string, any>[] = await this.dataSource.query(SATISFACTION, [
      filter.from,
      filter.to,
      filter.department ?? null,
      filter.touchpoint ?? null,
      filter.currency,
    ]);
    const groups = rows
      // The owner grouping of complaints no owner handled yet is the department's own line again.
      .filter((row) => !(row.kind === 'owner' && row.owner_id === null))
      .filter((row) => !(row.kind === 'rootCause' && row.root_cause_id === null))
      .map((row): SatisfactionGroup => ({
        kind: row.kind,
        department: row.kind === 'total' ? null : row.department,
        ownerId: row.kind === 'owner' ? row.owner_id : null,
        owner: row.kind === 'owner' ? row.owner : null,
        rootCauseId: row.kind === 'rootCause' ? row.root_cause_id : null,
        complaints: row.complaints,
        answers: row.answers,
        averageRating: row.average_rating === null ? null : Math.round(row.average_rating * 100) / 100,
        satisfiedShare: row.answers === 0 ? null : Math.round((row.satisfied / row.answers) * 1000) / 1000,
        compensated: row.compensated,
        granted: Number(row.granted),
        underReview: row.under_review,
      }));
    if (!groups.some((group) => group.kind === 'total'))
      groups.unshift({
        kind: 'total',
        department: null,
        ownerId: null,
        owner: null,
        rootCauseId: null,
        complaints: 0,
        answers: 0,
        averageRating: null,
        satisfiedShare: null,
        compensated: 0,
        granted: 0,
        underReview: 0,
      });
    return groups;
  }
}
