import { Injectable } from '@nestjs/common';
import { formatMinorUnits } from '@redress/contracts';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '@redress/platform';
import { DataSource } from 'typeorm';
import { PlaybookView, playbookView } from './playbook.view';

export interface PlaybookApplicationView {
  complaintId: string;
  appliedAt: string;
  compensation: string;
  currency: string;
}

/** Playbooks newest first, one with what it has done so far, and every complaint it was applied to. */
@Injectable()
export class ListPlaybooksQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: PageQuery): Promise<Page<PlaybookView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const [beforeAt, beforeId] = (decodeCursor(query.cursor, ['time', 'uuid']) as [string, string] | null) ?? [
      null,
      null,
    ];
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT * FROM notifier.playbooks WHERE $1::timestamptz IS NULL OR (created_at, id) < ($1::timestamptz, $2::uuid)
       ORDER BY created_at DESC, id DESC LIMIT $3`,
      [beforeAt, beforeId, limit + 1],
    );
    return toPage(
      rows,
      limit,
      (row) => playbookView(row),
      (row) => [new Date(row.created_at).toISOString(), row.id],
    );
  }

  /** Null when there is no such playbook. */
  async one(id: string): Promise<(PlaybookView & { applied: { complaints: number; compensation: string } }) | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.*, (SELECT count(*)::int FROM notifier.playbook_applications a WHERE a.playbook_id = p.id) AS applied,
              (SELECT coalesce(sum(compensation), 0)::bigint FROM notifier.playbook_applications a WHERE a.playbook_id = p.id) AS paid
       FROM notifier.playbooks p WHERE p.id = $1`,
      [id],
    );
    if (!row) return null;
    return {
      ...playbookView(row),
      applied: { complaints: row.applied, compensation: formatMinorUnits(Number(row.paid), row.currency) },
    };
  }

  /** Null when there is no such playbook. */
  async applications(id: string, query: PageQuery): Promise<Page<PlaybookApplicationView> | null> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const [afterAt, afterId] = (decodeCursor(query.cursor, ['time', 'uuid']) as [string, string] | null) ?? [
      null,
      null,
    ];
    const [exists] = await this.dataSource.query(`SELECT 1 FROM notifier.playbooks WHERE id = $1`, [id]);
    if (!exists) return null;
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT * FROM notifier.playbook_applications
       WHERE playbook_id = $1 AND ($2::timestamptz IS NULL OR (applied_at, complaint_id) > ($2::timestamptz, $3::uuid))
       ORDER BY applied_at, complaint_id LIMIT $4`,
      [id, afterAt, afterId, limit + 1],
    );
    return toPage(
      rows,
      limit,
      (row) => ({
        complaintId: row.complaint_id,
        appliedAt: new Date(row.applied_at).toISOString(),
        compensation: formatMinorUnits(Number(row.compensation), row.currency),
        currency: row.currency,
      }),
      (row) => [new Date(row.applied_at).toISOString(), row.complaint_id],
    );
  }
}
