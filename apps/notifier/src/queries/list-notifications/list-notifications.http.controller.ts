import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { SupervisorGuard } from '../../auth/supervisor.guard';
import { SUPERVISOR_ERRORS } from '../../notifier.api-docs';
import { ListNotificationsQuery, ListNotificationsRequest, NotificationView } from './list-notifications.query';
import { NotificationListView } from './notification.view';

/** Every message for a complaint, oldest first (a supervisor's view). */
@ApiTags('notifications')
@ApiBearerAuth('supervisor')
@ApiErrors(SUPERVISOR_ERRORS)
@Controller('notifications')
@UseGuards(SupervisorGuard)
export class ListNotificationsHttpController {
  constructor(private readonly notifications: ListNotificationsQuery) {}

  @Get()
  @ApiOperation({
    summary: "List a complaint's messages",
    description: 'Every message for a complaint, oldest first: when it was due, whether and how it went out.',
  })
  @ApiOkResponse({ type: NotificationListView, description: "The complaint's messages, oldest first" })
  @ApiErrors({ 400: '`complaintId` is missing or not a UUID' })
  list(@Query() query: ListNotificationsRequest): Promise<{ complaintId: string; items: NotificationView[] }> {
    return this.notifications.execute(query);
  }
}
