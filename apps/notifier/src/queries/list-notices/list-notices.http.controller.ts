import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, decodeCursor, DEFAULT_PAGE_SIZE, Page, PageQuery, PageView, toPage } from '@redress/platform';
import { DataSource } from 'typeorm';
import { CurrentStaff, StaffGuard, StaffPerson } from '../../auth/staff.guard';
import { STAFF_ERRORS } from '../../notifier.api-docs';
import { NoticeDoc } from './notice.view';

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

/** The signed-in person's notices, newest first, paged by keyset. */
@ApiTags('staff')
@ApiBearerAuth('staff')
@ApiErrors(STAFF_ERRORS)
@Controller('notices')
@UseGuards(StaffGuard)
export class ListNoticesHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('mine')
  @ApiOperation({
    summary: 'List my notices',
    description: 'What the notifier told the signed-in person, newest first, each with the console page to act on.',
  })
  @ApiOkResponse({ type: PageView(NoticeDoc), description: 'One page of notices' })
  @ApiErrors({ 400: { description: '`limit` or `cursor` is not valid', message: 'The request is invalid' } })
  async mine(@CurrentStaff() staff: StaffPerson, @Query() query: PageQuery): Promise<Page<NoticeView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['time', 'uuid']);
    const rows: NoticeRow[] = await this.dataSource.query(
      `SELECT id, kind, subject, body, link, delivery, status, created_at, digest_due_at FROM notifier.staff_notices
       WHERE person = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [staff.person, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
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
