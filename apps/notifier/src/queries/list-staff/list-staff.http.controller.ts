import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiErrors, decodeCursor, DEFAULT_PAGE_SIZE, Page, PageQuery, PageView, toPage } from '@redress/platform';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { AdminGuard } from '../../auth/admin.guard';
import { STAFF_ROLES, StaffRole } from '../../domain/staff-preferences';
import { ADMIN_ERRORS } from '../../notifier.api-docs';
import { StaffListItemDoc, StaffListItem } from './staff-list-item.view';
import { listStaff, StaffListRow } from './staff-list.query';

export class StaffListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STAFF_ROLES, description: 'Only people of this role' })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ maxLength: 100, example: 'olga', description: 'Words in the name, email or key, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** The staff directory for an admin: everyone with a profile, by name, paged and filtered. */
@ApiTags('staff')
@ApiBearerAuth('admin')
@ApiErrors(ADMIN_ERRORS)
@Controller('staff')
@UseGuards(AdminGuard)
export class ListStaffHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'List the staff directory',
    description:
      'Everyone with a profile, by name, with where they are told; filtered by role and by words in the name, ' +
      "email or key. Each person's choices per kind of notice are read with `GET /staff/{person}`.",
  })
  @ApiOkResponse({ type: PageView(StaffListItemDoc), description: 'One page of people' })
  @ApiErrors({
    400: {
      description: 'A bad `role`, `q`, `limit` or `cursor`',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'role', reason: 'role must be one of the following values: owner, member, supervisor' }],
      },
    },
  })
  async list(@Query() query: StaffListQuery): Promise<Page<StaffListItem>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['text', 'text']) as [string, string] | null;
    const rows = await listStaff(this.dataSource, {
      role: query.role,
      text: query.q?.trim() || undefined,
      after,
      limit: limit + 1,
    });
    return toPage(rows, limit, itemOf, (row) => [row.name, row.person]);
  }
}

function itemOf(row: StaffListRow): StaffListItem {
  return {
    person: row.person,
    role: row.role,
    name: row.name,
    email: row.email,
    chatWebhookUrl: row.chat_webhook,
    timeZone: row.time_zone,
    updatedAt: row.updated_at.toISOString(),
  };
}
