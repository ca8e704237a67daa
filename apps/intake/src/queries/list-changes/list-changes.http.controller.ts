import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS } from '../../intake.api-docs';
import { ChangesPage } from './change.view';
import { ListChangesQueryHandler } from './list-changes.query';
import { ListChangesQuery } from './list-changes.request.dto';

@ApiTags('complaints')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('complaints')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class ListChangesHttpController {
  constructor(private readonly listChanges: ListChangesQueryHandler) {}

  /** Every timeline entry and status step of the caller's complaints after the cursor, each exactly once, in order. */
  @Get('changes')
  @ApiOperation({
    summary: 'Read the change feed',
    description:
      "Every timeline entry and status step of the caller's complaints after the cursor, each exactly once, in order " +
      '(docs/integration.md).',
  })
  @ApiOkResponse({ type: ChangesPage, description: 'The next changes; pass `nextCursor` back as `after`' })
  @ApiErrors({
    400: {
      description: '`after` is not a cursor this feed gave out, or `limit` is not 1-1000',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'after', reason: 'after is not a cursor this feed gave out' }],
      },
    },
  })
  list(@CurrentClient() client: ClientSystem, @Query() query: ListChangesQuery): Promise<ChangesPage> {
    return this.listChanges.execute(client.id, query);
  }
}
