import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The service levels of a group of assignments. Durations in seconds; null where nothing was measured. */
export interface SlaFigures {
  assignments: number;
  acknowledged: number;
  acknowledgedInTime: number;
  resolved: number;
  resolvedInTime: number;
  /** Deadlines missed: each hand-over to the next level, and each breach at the top of the chain. */
  missedDeadlines: number;
  breached: number;
  acknowledgeP50: number | null;
  acknowledgeP90: number | null;
  resolveP50: number | null;
  resolveP90: number | null;
}

export interface SlaGroup extends SlaFigures {
  kind: 'total' | 'department' | 'owner';
  department: string | null;
  ownerId: string | null;
  owner: string | null;
}

/**
 * Assignments created in the window, in one pass with grouping sets: all of them, by department, and by the owner
 * who holds (or last held) each. In time: acknowledged or resolved by the deadline of the level that did it.
 */
const SLA = `
  WITH missed AS (
    SELECT h.assignment_id, count(*)::int AS n FROM escalation.assignment_history h
    JOIN escalation.assignments a ON a.id = h.assignment_id
    WHERE a.created_at >= $1 AND a.created_at < $2 AND h.event IN ('escalated', 'breached')
    GROUP BY h.assignment_id)
  SELECT CASE WHEN grouping(a.department_id) = 1 THEN 'total' WHEN grouping(a.owner_id) = 1 THEN 'department' ELSE 'owner' END AS kind,
         a.department_id AS department, a.owner_id AS owner_id, min(o.name) AS owner,
         count(*)::int AS assignments,
         count(a.acknowledged_at)::int AS acknowledged,
         count(*) FILTER (WHERE a.acknowledged_at <= a.acknowledge_due_at)::int AS acknowledged_in_time,
         count(a.resolved_at)::int AS resolved,
         count(*) FILTER (WHERE a.resolved_at <= a.resolve_due_at)::int AS resolved_in_time,
         coalesce(sum(m.n), 0)::int AS missed_deadlines,
         count(a.breached_at)::int AS breached,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.acknowledged_at - a.created_at)) AS acknowledge_p50,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM a.acknowledged_at - a.created_at)) AS acknowledge_p90,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.resolved_at - a.created_at)) AS resolve_p50,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM a.resolved_at - a.created_at)) AS resolve_p90
  FROM escalation.assignments a
  JOIN escalation.owners o ON o.id = a.owner_id
  LEFT JOIN missed m ON m.assignment_id = a.id
  WHERE a.created_at >= $1 AND a.created_at < $2 AND ($3::text IS NULL OR a.department_id = $3)
  GROUP BY GROUPING SETS ((), (a.department_id), (a.department_id, a.owner_id))
  ORDER BY grouping(a.department_id) DESC, grouping(a.owner_id) DESC, a.department_id, min(o.name), a.owner_id`;

@Injectable()
export class SlaReportQuery {
  constructor(private readonly dataSource: DataSource) {}

  async groups(from: Date, to: Date, department: string | undefined): Promise<SlaGroup[]> {
    const rows: Record<string, any>[] = await this.dataSource.query(SLA, [from, to, department ?? null]);
    const seconds = (value: unknown) => (value === null ? null : Math.round(Number(value)));
    const groups: SlaGroup[] = rows.map((row) => ({
      kind: row.kind,
      department: row.kind === 'total' ? null : row.department,
      ownerId: row.kind === 'owner' ? row.owner_id : null,
      owner: row.kind === 'owner' ? row.owner : null,
      assignments: row.assignments,
      acknowledged: row.acknowledged,
      acknowledgedInTime: row.acknowledged_in_time,
      resolved: row.resolved,
      resolvedInTime: row.resolved_in_time,
      missedDeadlines: row.missed_deadlines,
      breached: row.breached,
      acknowledgeP50: seconds(row.acknowledge_p50),
      acknowledgeP90: seconds(row.acknowledge_p90),
      resolveP50: seconds(row.resolve_p50),
      resolveP90: seconds(row.resolve_p90),
    }));
    // An empty period still has its total.
    if (!groups.some((group) => group.kind === 'total')) groups.unshift(emptyTotal());
    return groups;
  }
}

function emptyTotal(): SlaGroup {
  return {
    kind: 'total',
    department: null,
    ownerId: null,
    owner: null,
    assignments: 0,
    acknowledged: 0,
    acknowledgedInTime: 0,
    resolved: 0,
    resolvedInTime: 0,
    missedDeadlines: 0,
    breached: 0,
    acknowledgeP50: null,
    acknowledgeP90: null,
    resolveP50: null,
    resolveP90: null,
  };
}
