import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TRIAGE_SETTINGS, TriageSettings } from '../../config/triage.settings';
import { Effectiveness } from '../../domain/effectiveness';
import { FixEffectivenessQuery } from '../fix-effectiveness/fix-effectiveness.query';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '@redress/platform';

export interface AgendaItem {
  id: string;
  category: string;
  touchpoint: string;
  suggestion: { cause: string; department: string };
  complaintCount: number;
  /** Complaints weighted by dissatisfaction (outraged 3, upset 2, mild 1): the agenda's order. */
  impact: number;
  votes: number;
  /** What the latest few customers wrote, for a first look. */
  excerpts: string[];
  /** Set when this is a resolved cause come back: the committee looks again at what was decided then. */
  recurrenceOf: string | null;
  /** When complaints of this category last came in far above their usual (category.spike-detected); null: never. */
  spikeDetectedAt: string | null;
  openedAt: string;
  reviewDueAt: string | null;
}

/** A cause fixed lately, with what followed: the committee sees whether its decisions worked. */
export interface RecentlyResolved {
  id: string;
  category: string;
  touchpoint: string;
  cause: string | null;
  department: string | null;
  resolvedAt: string;
  effectiveness: Effectiveness;
}

/** The agenda's first page also lists the causes resolved within the effectiveness weeks (later pages do not repeat them). */
export type Agenda = Page<AgendaItem> & { recentlyResolved: RecentlyResolved[] };

/** At most this many recently resolved causes, the latest first. */
const RECENTLY_RESOLVED = 10;

/** Excerpts per agenda item: enough to recognise the problem, few enough to keep the page short. */
const EXCERPTS_PER_ITEM = 3;

interface AgendaRow {
  id: string;
  category: string;
  touchpoint: string;
  suggested_cause: string;
  suggested_department: string;
  complaint_count: number;
  impact: number;
  votes: number;
  excerpts: string[];
  recurrence_of: string | null;
  spike_detected_at: Date | null;
  opened_at: Date;
  review_due_at: Date | null;
}

/** The root causes under review, the heaviest first: what the committee should look at next. */
@Injectable()
export class GetAgendaQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly effectiveness: FixEffectivenessQuery,
    @Inject(TRIAGE_SETTINGS) private readonly settings: TriageSettings,
  ) {}

  async execute(query: PageQuery): Promise<Agenda> {
    const [page, recentlyResolved] = await Promise.all([
      this.underReview(query),
      query.cursor ? [] : this.recentlyResolved(),
    ]);
    return { ...page, recentlyResolved };
  }

  private async recentlyResolved(now = new Date()): Promise<RecentlyResolved[]> {
    const rows: {
      id: string;
      category: string;
      touchpoint: string;
      cause: string | null;
      department: string | null;
      resolved_at: Date;
    }[] = await this.dataSource.query(
      `SELECT id, category, touchpoint, cause, department, resolved_at FROM triage.root_causes
         WHERE status = 'resolved' AND resolved_at > $1 ORDER BY resolved_at DESC LIMIT ${RECENTLY_RESOLVED}`,
      [new Date(now.getTime() - this.settings.loop.effectivenessWeeks * 7 * 86_400_000)],
    );
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        category: row.category,
        touchpoint: row.touchpoint,
        cause: row.cause,
        department: row.department,
        resolvedAt: row.resolved_at.toISOString(),
        effectiveness: await this.effectiveness.of(
          { category: row.category, touchpoint: row.touchpoint, resolvedAt: row.resolved_at },
          now,
        ),
      })),
    );
  }

  private async underReview(query: PageQuery): Promise<Page<AgendaItem>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['int', 'time', 'uuid']);
    const rows: AgendaRow[] = await this.dataSource.query(
      `SELECT r.id, r.category, r.touchpoint, r.suggested_cause, r.suggested_department, r.complaint_count, r.impact,
              r.recurrence_of, r.spike_detected_at, r.opened_at, r.review_due_at, (SELECT count(*)::int FROM triage.votes v WHERE v.root_cause_id = r.id) AS votes,
              ARRAY(SELECT l.excerpt FROM triage.complaint_links l WHERE l.root_cause_id = r.id AND l.excerpt IS NOT NULL
                    ORDER BY l.linked_at DESC, l.complaint_id DESC LIMIT ${EXCERPTS_PER_ITEM}) AS excerpts
       FROM triage.root_causes r
       WHERE r.status = 'under-review'
         AND ($1::int IS NULL OR r.impact < $1 OR (r.impact = $1 AND (r.opened_at, r.id) > ($2::timestamptz, $3::uuid)))
       ORDER BY r.impact DESC, r.opened_at, r.id
       LIMIT $4`,
      [after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
    );
    return toPage(
      rows,
      limit,
      (row): AgendaItem => ({
        id: row.id,
        category: row.category,
        touchpoint: row.touchpoint,
        suggestion: { cause: row.suggested_cause, department: row.suggested_department },
        complaintCount: row.complaint_count,
        impact: row.impact,
        votes: row.votes,
        excerpts: row.excerpts,
        recurrenceOf: row.recurrence_of,
        spikeDetectedAt: row.spike_detected_at?.toISOString() ?? null,
        openedAt: row.opened_at.toISOString(),
        reviewDueAt: row.review_due_at?.toISOString() ?? null,
      }),
      (row) => [row.impact, row.opened_at.toISOString(), row.id],
    );
  }
}
