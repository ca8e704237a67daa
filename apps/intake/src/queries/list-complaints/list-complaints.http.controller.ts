import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Page, PageView } from '@redress/platform';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS } from '../../intake.api-docs';
import { ComplaintSummaryView } from './complaint-summary.view';
import { ComplaintSummary, ListComplaintsQueryHandler } from './list-complaints.query';
import { ListComplaintsQuery } from './list-complaints.request.dto';

@ApiTags('complaints')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('complaints')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class ListComplaintsHttpController {
  constructor(private readonly listComplaints: ListComplaintsQueryHandler) {}

  /** The calling client system's complaints, newest first. */
  @Get()
  @ApiOperation({
    summary: 'List complaints',
    description:
      "The calling client system's complaints (a staff reader's: everyone's), newest first, a page at a time.",
  })
  @ApiOkResponse({
    type: PageView(ComplaintSummaryView),
    description: 'One page; pass `nextCursor` back as `cursor` for the next',
  })
  @ApiErrors({
    400: {
      description: 'A bad `status`, `since`, `limit` or `cursor`: `errors` names it',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'limit', reason: 'limit must not be greater than 200' }],
      },
    },
  })
  list(@CurrentClient() client: ClientSystem, @Query() query: ListComplaintsQuery): Promise<Page<ComplaintSummary>> {
    return this.listComplaints.execute(client.id, query);
  }
}
