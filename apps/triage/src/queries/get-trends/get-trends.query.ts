import { ApiPropertyOptional } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { QueryInteger } from '@redress/platform';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { toSeries, weekStarts, WeeklyCount } from '../../domain/trends';

export class TrendsRequest {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 104,
    default: 12,
    description: 'How many weeks back, this one included',
  })
  @IsOptional()
  @QueryInteger()
  @IsInt()
  @Min(1)
  @Max(104)
  weeks?: number;
}

export interface Trends {
  /** Monday (UTC) of each week, oldest first; every count list below has one number per week. */
  weeks: string[];
  /** Complaints received per category per week, the most frequent category first. */
  categories: { category: string; counts: number[]; total: number }[];
  rootCauses: { opened: number[]; resolved: number[] };
  /** Root causes resolved in the period: the chart marks each fix on its category's line (week: its Monday). */
  fixes: { rootCauseId: string; category: string; touchpoint: string; week: string; resolvedAt: string }[];
}

/** Complaints per category per week, and root causes opened and resolved per week: where to act. */
@Injectable()
export class GetTrendsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(request: TrendsRequest, now = new Date()): Promise<Trends> {
    const weeks = weekStarts(now, request.weeks ?? 12);
    const from = weeks[0];
    const week = (column: string) => `to_char(date_trunc('week', ${column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;
    const [complaints, opened, resolved] = await Promise.all(
      [
        `SELECT category AS key, ${week('received_at')} AS week, count(*)::int AS count
         FROM triage.complaint_links WHERE received_at >= $1 GROUP BY 1, 2`,
        // A merged root cause turned out to be another one: it is not counted as a cause of its own.
        `SELECT 'opened' AS key, ${week('opened_at')} AS week, count(*)::int AS count
         FROM triage.root_causes WHERE opened_at >= $1 AND status <> 'merged' GROUP BY 2`,
        `SELECT 'resolved' AS key, ${week('resolved_at')} AS week, count(*)::int AS count
         FROM triage.root_causes WHERE resolved_at >= $1 GROUP BY 2`,
      ].map(async (sql) => {
        const rows: { key: string; week: string; count: number }[] = await this.dataSource.query(sql, [from]);
        return rows.map((row): WeeklyCount => ({
          key: row.key,
          week: new Date(`${row.week}T00:00:00Z`),
          count: row.count,
        }));
      }),
    );
    const fixes: { id: string; category: string; touchpoint: string; week: string; resolved_at: Date }[] =
      await this.dataSource.query(
        `SELECT id, category, touchpoint, ${week('resolved_at')} AS week, resolved_at FROM triage.root_causes
       WHERE resolved_at >= $1 ORDER BY resolved_at LIMIT 100`,
        [from],
      );
    const flat = (rows: WeeklyCount[]) => toSeries(weeks, rows)[0]?.counts ?? weeks.map(() => 0);
    return {
      weeks: weeks.map((start) => start.toISOString().slice(0, 10)),
      categories: toSeries(weeks, complaints).map(({ key, counts }) => ({
        category: key,
        counts,
        total: counts.reduce((sum, count) => sum + count, 0),
      })),
      rootCauses: { opened: flat(opened), resolved: flat(resolved) },
      fixes: fixes.map((fix) => ({
        rootCauseId: fix.id,
        category: fix.category,
        touchpoint: fix.touchpoint,
        week: fix.week,
        resolvedAt: fix.resolved_at.toISOString(),
      })),
    };
  }
}
