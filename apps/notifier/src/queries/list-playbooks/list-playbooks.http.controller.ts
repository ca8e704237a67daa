import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { formatMinorUnits } from '@redress/contracts';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors, PageView, decodeCursor, DEFAULT_PAGE_SIZE, Page, PageQuery, toPage } from '@redress/platform';
import { DataSource } from 'typeorm';
import { SupervisorGuard } from '../../auth/supervisor.guard';
import { SUPERVISOR_ERRORS } from '../../notifier.api-docs';
import {
  PlaybookApplicationDetailView,
  PlaybookDetailView,
  PlaybookView,
  playbookView,
  PlaybookWithAppliedView,
} from './playbook.view';

export interface PlaybookApplicationView {
  complaintId: string;
  appliedAt: string;
  compensation: string;
  currency: string;
}

/** Playbooks newest first, one with what it has done so far, and every complaint it was applied to. */
@ApiTags('playbooks')
@ApiBearerAuth('supervisor')
@ApiErrors(SUPERVISOR_ERRORS)
@Controller('playbooks')
@UseGuards(SupervisorGuard)
export class ListPlaybooksHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'List playbooks', description: 'Every playbook, newest first.' })
  @ApiOkResponse({ type: PageView(PlaybookDetailView), description: 'One page of playbooks' })
  @ApiErrors({ 400: 'A bad `limit` or `cursor`: `errors` names it' })
  async list(@Query() query: PageQuery): Promise<Page<PlaybookView>> {
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

  @Get(':id')
  @ApiOperation({ summary: 'Read a playbook', description: 'With what it has done so far.' })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The playbook',
    example: 'd4e5f6a7-b8c9-4dae-8f01-23456789abcd',
  })
  @ApiOkResponse({ type: PlaybookWithAppliedView, description: 'The playbook, with what it has done so far' })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid is expected)' },
    404: { description: 'No such playbook', message: 'No such playbook' },
  })
  async one(
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PlaybookView & { applied: { complaints: number; compensation: string } }> {
    const [row] = await this.dataSource.query(
      `SELECT p.*, (SELECT count(*)::int FROM notifier.playbook_applications a WHERE a.playbook_id = p.id) AS applied,
              (SELECT coalesce(sum(compensation), 0)::bigint FROM notifier.playbook_applications a WHERE a.playbook_id = p.id) AS paid
       FROM notifier.playbooks p WHERE p.id = $1`,
      [id],
    );
    if (!row) throw new NotFoundException('No such playbook');
    return {
      ...playbookView(row),
      applied: { complaints: row.applied, compensation: formatMinorUnits(Number(row.paid), row.currency) },
    };
  }

  @Get(':id/applications')
  @ApiOperation({
    summary: "List a playbook's complaints",
    description: 'Every complaint it was applied to, oldest first.',
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The playbook',
    example: 'd4e5f6a7-b8c9-4dae-8f01-23456789abcd',
  })
  @ApiOkResponse({
    type: PageView(PlaybookApplicationDetailView),
    description: 'One page of the complaints the playbook answered',
  })
  @ApiErrors({
    400: 'A bad id, `limit` or `cursor`: `errors` names it',
    404: { description: 'No such playbook', message: 'No such playbook' },
  })
  async applications(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<PlaybookApplicationView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const [afterAt, afterId] = (decodeCursor(query.cursor, ['time', 'uuid']) as [string, string] | null) ?? [
      null,
      null,
    ];
    const [exists] = await this.dataSource.query(`SELECT 1 FROM notifier.playbooks WHERE id = $1`, [id]);
    if (!exists) throw new NotFoundException('No such playbook');
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
