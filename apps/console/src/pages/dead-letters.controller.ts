import type { DeadLetterPage } from '@redress/http-api';
import { Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { SERVICES, ServiceName } from '@redress/contracts';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { readTrail, trailLinks } from '../http/page-trail';
import { Pages } from '../http/pages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { isServiceName, OperationsApi } from '../upstream/operations.api';
import { UpstreamError } from '../upstream/upstream';

/** How many dead letters each service shows on the overview; its own page pages through the rest. */
const OVERVIEW_SIZE = 10;
const PAGE_SIZE = 25;
const LETTER_ID = /^\d{1,5}:\d{1,19}$/;

/**
 * The dead letters of the four services, for the ops role: each service answers for its own topic under the person's
 * ops token, so a service that refuses the token refuses the page and the replay, whatever the console shows.
 */
@Controller('dead-letters')
@ForRoles('ops')
export class DeadLettersController {
  constructor(
    private readonly pages: Pages,
    private readonly operations: OperationsApi,
  ) {}

  @Get()
  async overview(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply, @CurrentUser() user: SignedInUser) {
    const t = translator(request.language);
    const sections = await Promise.all(SERVICES.map((service) => this.section(user, service, OVERVIEW_SIZE)));
    return this.pages.render(request, reply, 'dead-letters', t('deadLetters.title'), { sections, overview: true });
  }

  @Get(':service')
  async service(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('service') service: string,
    @Query('cursor') cursor?: string,
    @Query('trail') trail?: string,
  ) {
    if (!isServiceName(service)) throw new NotFoundException();
    const t = translator(request.language);
    const section = await this.section(user, service, PAGE_SIZE, cursor);
    const nextCursor = 'nextCursor' in section ? section.nextCursor : null;
    return this.pages.render(request, reply, 'dead-letters', t('deadLetters.serviceTitle', { service }), {
      sections: [section],
      links: trailLinks(`/dead-letters/${service}`, '', cursor, readTrail(trail), nextCursor ?? null),
    });
  }

  @Post(':service/replay')
  async replayAll(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('service') service: string,
  ) {
    if (!isServiceName(service)) throw new NotFoundException();
    const { replayed } = await this.operations.replay(user, service, null, request.id);
    return reply.redirect(`/dead-letters/${service}?done=${replayed.length > 0 ? 'replayed' : 'nothingToReplay'}`, 303);
  }

  @Post(':service/:id/replay')
  async replayOne(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('service') service: string,
    @Param('id') id: string,
  ) {
    if (!isServiceName(service) || !LETTER_ID.test(id)) throw new NotFoundException();
    const { replayed } = await this.operations.replay(user, service, id, request.id);
    return reply.redirect(`/dead-letters/${service}?done=${replayed.length > 0 ? 'replayed' : 'alreadyReplayed'}`, 303);
  }

  /** One service's dead letters; a service that does not answer shows as such, the others still show. */
  private async section(user: SignedInUser, service: ServiceName, limit: number, cursor?: string) {
    let page: DeadLetterPage;
    try {
      page = await this.operations.deadLetters(user, service, limit, cursor);
    } catch (error) {
      // A refused token ends the session (the error page does that); a service away leaves the rest readable.
      if (!(error instanceof UpstreamError) || error.status === 401 || (error.status >= 400 && error.status < 500))
        throw error;
      return { service, unavailable: true };
    }
    // Counts of a window leave older letters out: one of them may still wait, so replaying all stays on offer.
    const countsOfWindow = page.countsAreOf === 'window';
    return {
      ...page,
      service,
      countsOfWindow,
      counted: page.pending + page.replayed,
      hasPending: page.pending > 0 || countsOfWindow,
    };
  }
}
