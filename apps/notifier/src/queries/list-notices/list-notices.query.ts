import { Injectable } from '@nestjs/common';
import { decodeCursor, DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '@redress/platform';
import { DataSource } from 'typeorm';

export interface NoticeView {
  id: string;
  kind: string;
  subject: string;
  body: string;
  /** The console page where the person acts on it. */
  link: string;
  /** `now`: sent on its own; `digest`: gathered into the person's digest. */
  delivery: 'now' | 'digest';
  /** `held`: waiting for the digest; `queued`: handed to delivery. */
  status: 'held' | 'queued';
  createdAt: string;
  digestDueAt: string | null;
}

interface NoticeRow {
  id: string;
  kind: string;
  subject: string;
  body: string;
  link: string;
  delivery: 'now' | 'digest';
  status: 'held' | 'queued';
  created_at: Date;
  digest_due_at: Date | null;
}

/** A person's notices, newest first, paged by keyset. */
@Injectable()
export class ListNoticesQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(person: string, query: PageQuery): Promise<Page<NoticeView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['time', 'uuid']);
    const rows: NoticeRow[] = await this.dataSource.query(
      `SELECT id, kind, subject, body, link, delivery, status, created_at, digest_due_at FROM notifier.staff_notices
       WHERE person = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [person, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return toPage(
      rows,
      limit,
      (row) => ({
        id: row.id,
        kind: row.kind,
        subject: row.subject,
        body: row.body,
        link: row.link,
        delivery: row.delivery,
        status: row.status,
        createdAt: row.created_at.toISOString(),
        digestDueAt: row.digest_due_at?.toISOString() ?? null,
      }),
      (row) => [row.created_at.toISOString(), row.id],
    );
  }
}
