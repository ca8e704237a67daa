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
      '(docs/integration.md). Changes are kept CHANGE_FEED_RETENTION (30 days by default); a cursor older than that ' +
      'answers 410 rather than skipping what was pruned.',
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
    410: {
      description:
        '`after` points before the oldest change the feed keeps (CHANGE_FEED_RETENTION): the changes after it were ' +
        'pruned. Read the complaints again, then follow the feed from `resumeCursor`',
      example: {
        statusCode: 410,
        error: 'Gone',
        code: 'CHANGES.CURSOR_PRUNED',
        message:
          'The changes after cursor cDo0Mg were pruned (the feed keeps CHANGE_FEED_RETENTION); the oldest kept is ' +
          'position 1001. Read your complaints again (GET /complaints and GET /complaints/:id), then follow the feed ' +
          'from resumeCursor',
        errors: [{ field: 'after', reason: 'after points before the oldest change the feed keeps' }],
        cursor: 'cDo0Mg',
        oldestPosition: '1001',
        resumeCursor: 'cDoxMDAw',
      },
    },
  })
  list(@CurrentClient() client: ClientSystem, @Query() query: ListChangesQuery): Promise<ChangesPage> {
    return this.listChanges.execute(client.id, query);
  }
}
