import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { Effectiveness, fixEffectiveness, WeekOffsetCount } from '../../domain/effectiveness';

export interface ResolvedCause {
  category: string;
  touchpoint: string;
  resolvedAt: Date;
}

/** Counts a resolved cause's category-and-touchpoint complaints by week around its fix (one grouped query). */
@Injectable()
export class FixEffectivenessQuery {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings,
  ) {}

  async of(cause: ResolvedCause, now = new Date()): Promise<Effectiveness> {
    const weeks = this.settings.loop.effectivenessWeeks;
    const counts: WeekOffsetCount[] = await this.dataSource.query(
      `SELECT floor(extract(epoch FROM l.received_at - $3::timestamptz) / 604800)::int AS "offset", count(*)::int AS count
       FROM triage.complaint_links l JOIN triage.root_causes r ON r.id = l.root_cause_id
       WHERE l.category = $1 AND r.touchpoint = $2
         AND l.received_at >= $3::timestamptz - make_interval(weeks => $4) AND l.received_at < $3::timestamptz + make_interval(weeks => $4)
       GROUP BY 1`,
      [cause.category, cause.touchpoint, cause.resolvedAt, weeks],
    );
    return fixEffectiveness(counts, cause.resolvedAt, now, weeks);
  }
}
