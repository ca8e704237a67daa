import { Inject, Injectable } from '@nestjs/common';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  InvalidRequestException,
  Page,
  PageQuery,
} from '@redress/platform';
import { DataSource } from 'typeorm';
import { ESCALATION_SETTINGS, EscalationSettings } from '../../config/escalation.settings';
import { AssignmentSummary, SUMMARY_COLUMNS, SummaryRow, toSummary } from '../../persistence/assignment.store';

export interface OverdueAssignment extends AssignmentSummary {
  /**
   * `breached`: missed a deadline at the top of its chain; `overdue`: its deadline has passed and the escalation to the
   * next level is under way; `near-breach`: its next deadline is within the window.
   */
  attention: 'breached' | 'overdue' | 'near-breach';
  /** When it breached, or when its next deadline falls. */
  attentionAt: string;
}

/**
 * For ops: unresolved assignments that breached at the top of their chain, and those whose next deadline falls
 * within ESCALATION_NEAR_BREACH (default 1h), breached first, then by how soon; one department's, or all for the admin.
 */
@Injectable()
export class ListOverdueQuery {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ESCALATION_SETTINGS) private readonly settings: EscalationSettings,
  ) {}

  async execute(department: string | null, page: PageQuery): Promise<Page<OverdueAssignment>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(page.cursor, ['text', 'time', 'uuid']) as string[] | null;
    if (after && after[0] !== '0' && after[0] !== '1')
      throw new InvalidRequestException([{ field: 'cursor', reason: 'is not a cursor this list gave out' }]);
    const now = new Date();
    const horizon = new Date(now.getTime() + this.settings.nearBreachWithinMs);
    const rows: (SummaryRow & { rank: number; attention_at: Date })[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT ${SUMMARY_COLUMNS},
           CASE WHEN a.breached_at IS NOT NULL THEN 0 ELSE 1 END AS rank,
           coalesce(a.breached_at, a.next_due_at) AS attention_at
         FROM escalation.assignments a JOIN escalation.owners o ON o.id = a.owner_id
         -- A waiting assignment's clock is stopped: not near a breach however close its deadline was.
         WHERE a.status <> 'resolved' AND (a.breached_at IS NOT NULL OR (a.next_due_at <= $2 AND a.waiting_since IS NULL))
           AND ($1::text IS NULL OR a.department_id = $1)
       ) x
       WHERE ($3::int IS NULL OR (x.rank, x.attention_at, x.id) > ($3::int, $4::timestamptz, $5::uuid))
       ORDER BY x.rank, x.attention_at, x.id LIMIT $6`,
      [department, horizon, after ? Number(after[0]) : null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => ({
        ...toSummary(row),
        attention: row.rank === 0 ? 'breached' : row.attention_at <= now ? 'overdue' : 'near-breach',
        attentionAt: row.attention_at.toISOString(),
      })),
      nextCursor:
        rows.length > limit ? encodeCursor([String(last.rank), last.attention_at.toISOString(), last.id]) : null,
    };
  }
}
