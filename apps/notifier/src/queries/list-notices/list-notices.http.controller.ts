import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageQuery, PageView } from '@redress/platform';
import { CurrentStaff, StaffGuard, StaffPerson } from '../../auth/staff.guard';
import { STAFF_ERRORS } from '../../notifier.api-docs';
import { ListNoticesQuery, NoticeView } from './list-notices.query';
import { NoticeDoc } from './notice.view';

/** The signed-in person's notices, newest first, paged by keyset. */
@ApiTags('staff')
@ApiBearerAuth('staff')
@ApiErrors(STAFF_ERRORS)
@Controller('notices')
@UseGuards(StaffGuard)
export class ListNoticesHttpController {
  constructor(private readonly notices: ListNoticesQuery) {}

  @Get('mine')
  @ApiOperation({
    summary: 'List my notices',
    description: 'What the notifier told the signed-in person, newest first, each with the console page to act on.',
  })
  @ApiOkResponse({ type: PageView(NoticeDoc), description: 'One page of notices' })
  @ApiErrors({ 400: { description: '`limit` or `cursor` is not valid', message: 'The request is invalid' } })
  mine(@CurrentStaff() staff: StaffPerson, @Query() query: PageQuery): Promise<Page<NoticeView>> {
    return this.notices.execute(staff.person, query);
  }
}
