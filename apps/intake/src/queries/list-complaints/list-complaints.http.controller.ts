import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Page } from '@redress/platform';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { ComplaintSummary, ListComplaintsQueryHandler } from './list-complaints.query';
import { ListComplaintsQuery } from './list-complaints.request.dto';

@ApiTags('complaints')
@ApiSecurity('api-key')
@Controller('complaints')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class ListComplaintsHttpController {
  constructor(private readonly listComplaints: ListComplaintsQueryHandler) {}

  /** The calling client system's complaints, newest first. */
  @Get()
  @ApiOkResponse({ description: '`{ items, nextCursor }`; pass `nextCursor` back as `cursor` for the next page' })
  list(@CurrentClient() client: ClientSystem, @Query() query: ListComplaintsQuery): Promise<Page<ComplaintSummary>> {
    return this.listComplaints.execute(client.id, query);
  }
}
