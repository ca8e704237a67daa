import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, Page, PageView, StaffPerson } from '@redress/platform';
import { CurrentStaff } from '../../auth/staff.guard';
import { StaffRoute } from '../../auth/staff-route.decorator';
import { ComplaintMatchView } from './complaint-match.view';
import { ComplaintMatch, SearchComplaintsQueryHandler } from './search-complaints.query';
import { SearchComplaintsQuery } from './search-complaints.request.dto';

/**
 * Staff find complaints with their own token (the console passes it on): committee members every complaint,
 * owners and heads those whose root cause their department owns. Intake asks triage or escalation who the token is.
 */
@StaffRoute()
@Controller('staff/complaints')
export class SearchComplaintsHttpController {
  constructor(private readonly search: SearchComplaintsQueryHandler) {}

  @Get()
  @ApiOperation({
    summary: 'Search complaints (staff)',
    description:
      'Complaints matching every filter given, newest first, a page at a time. `text` searches what the customer ' +
      'wrote, in Russian and English, word forms included (docs/complaint-search.md). Committee members search ' +
      "every complaint; an owner searches their own department's and is refused another's.",
  })
  @ApiOkResponse({
    type: PageView(ComplaintMatchView),
    description: 'One page; pass `nextCursor` back as `cursor` for the next',
  })
  @ApiErrors({
    400: {
      description: 'A filter out of its bounds, `to` not after `from`, `text` with no words, or a bad cursor',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'text', reason: 'text must be shorter than or equal to 200 characters' }],
      },
    },
    403: {
      description: "An owner asked for another department's complaints",
      example: {
        statusCode: 403,
        error: 'Forbidden',
        message: 'department: owners search the complaints of their own department (logistics) only',
        errors: [
          { field: 'department', reason: 'owners search the complaints of their own department (logistics) only' },
        ],
      },
    },
  })
  find(@CurrentStaff() person: StaffPerson, @Query() query: SearchComplaintsQuery): Promise<Page<ComplaintMatch>> {
    return this.search.execute(person, query);
  }
}
