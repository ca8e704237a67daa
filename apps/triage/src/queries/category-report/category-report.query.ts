import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface CategoryFilter {
  from: Date;
  to: Date;
  department?: string;
  touchpoint?: string;
}

export interface CategoryCount {
  category: string;
  status: string;
  complaints: number;
}

/** One complaint as the streamed listing gives it. */
export type ComplaintLine = [
  complaintId: string,
  receivedAt: Date,
  category: string,
  touchpoint: string,
  status: string,
  department: string,
  rootCauseId: string,
  dissatisfaction: string,
];

/** A complaint's department: the one the committee decided, or the one suggested while it is under review. */
const FROM_WINDOW = `
  FROM triage.complaint_links l
  JOIN triage.root_causes r ON r.id = l.root_cause_id
  WHERE l.received_at >= $1 AND l.received_at < $2
    AND ($3::text IS NULL OR coalesce(r.department, r.suggested_department) = $3)
    AND ($4::text IS NULL OR r.touchpoint = $4)`;

const COUNTS = `
  SELECT l.category, r.status, count(*)::int AS complaints ${FROM_WINDOW}
  GROUP BY l.category, r.status ORDER BY l.category, r.status`;

const LINES = `
  SELECT l.complaint_id, l.received_at, l.category, r.touchpoint, r.status,
         coalesce(r.department, r.suggested_department), l.root_cause_id, l.dissatisfaction
  ${FROM_WINDOW}
  ORDER BY l.received_at, l.complaint_id`;

@Injectable()
export class CategoryReportQuery {
  constructor(private readonly dataSource: DataSource) {}

  /** Complaints received in the window by category and their root cause's status. */
  counts(filter: CategoryFilter): Promise<CategoryCount[]> {
    return this.dataSource.query(COUNTS, parameters(filter));
  }

  /** The window's complaints one by one, for the streamed listing. */
  lines(filter: CategoryFilter): { sql: string; parameters: unknown[] } {
    return { sql: LINES, parameters: parameters(filter) };
  }
}

function parameters(filter: CategoryFilter): unknown[] {
  return [filter.from, filter.to, filter.department ?? null, filter.touchpoint ?? null];
}
