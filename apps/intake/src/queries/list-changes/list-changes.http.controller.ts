import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { ChangesPage } from './change.view';
import { ListChangesQueryHandler } from './list-changes.query';
import { ListChangesQuery } from './list-changes.request.dto';

@ApiTags('complaints')
@ApiSecurity('api-key')
@Controller('complaints')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class ListChangesHttpController {
  constructor(private readonly listChanges: ListChangesQueryHandler) {}

  /** Every timeline entry and status step of the caller's complaints after the cursor, each exactly once, in order. */
  @Get('changes')
  @ApiOkResponse({ description: '`{ items, nextCursor, hasMore }`; pass `nextCursor` back as `after`' })
  @ApiBadRequestResponse({ description: '`after` is not a cursor this feed gave out, or `limit` is not 1-1000' })
  list(@CurrentClient() client: ClientSystem, @Query() query: ListChangesQuery): Promise<ChangesPage> {
    return this.listChanges.execute(client.id, query);
  }
}
