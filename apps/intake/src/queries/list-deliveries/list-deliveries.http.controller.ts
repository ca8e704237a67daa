import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageQuery } from '@redress/platform';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS } from '../../intake.api-docs';
import { DeliveryAttemptsPage, DeliveryAttemptView } from './delivery-attempt.view';
import { ListDeliveriesQuery } from './list-deliveries.query';

@ApiTags('subscription')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('subscription')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class ListDeliveriesHttpController {
  constructor(private readonly deliveries: ListDeliveriesQuery) {}

  /** The client's delivery attempts, newest first. */
  @Get('deliveries')
  @ApiOperation({
    summary: "List the subscription's delivery attempts",
    description: 'Every attempt, newest first, with where its delivery stands now.',
  })
  @ApiOkResponse({ type: DeliveryAttemptsPage, description: 'A page of attempts' })
  @ApiErrors({
    400: {
      description: '`cursor` is not one this list gave out, or `limit` is not 1-200',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'cursor', reason: 'cursor is not a cursor this list gave out' }],
      },
    },
  })
  list(@CurrentClient() client: ClientSystem, @Query() query: PageQuery): Promise<Page<DeliveryAttemptView>> {
    return this.deliveries.execute(client.id, query);
  }
}
