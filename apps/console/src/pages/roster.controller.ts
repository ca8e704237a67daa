import type { NewMember } from '@redress/http-api';
import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField, field, PageId } from '../http/forms';
import { Pages } from '../http/pages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { RosterApi } from '../upstream/roster.api';
import { UpstreamError } from '../upstream/upstream';

/**
 * The committee's roster for its members; the chair also adds and removes members and hands the chair over. Triage
 * decides: anyone but the chair is refused there (403), whatever a form says.
 */
@Controller('roster')
@ForRoles('member')
export class RosterController {
  constructor(
    private readonly pages: Pages,
    private readonly roster: RosterApi,
  ) {}

  @Get()
  show(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply, @CurrentUser() user: SignedInUser) {
    return this.render(request, reply, user);
  }

  /** Answered with the page itself: the new member's token is shown on this answer only. */
  @Post('members')
  async add(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Body() body: unknown,
  ) {
    const member = { name: field(body, 'name').trim(), department: field(body, 'department').trim() };
    let added: NewMember;
    try {
      added = await this.roster.add(user, member, request.id);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const errors = errorsByField(translator(request.language), error.fieldErrors, member);
      return this.render(request, reply, user, { values: member, errors }, 400);
    }
    return this.render(request, reply, user, { added });
  }

  @Post('members/:id/remove')
  async remove(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
  ) {
    await this.roster.remove(user, id, request.id);
    return reply.redirect('/roster?done=memberRemoved', 303);
  }

  @Post('chair')
  async handOver(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Body() body: unknown,
  ) {
    await this.roster.handOver(user, field(body, 'memberId'), request.id);
    // This page reads who chairs from the roster on every visit, so it is right at once; triage checks every call.
    return reply.redirect('/roster?done=chairHandedOver', 303);
  }

  private async render(
    request: ConsoleRequest,
    reply: ConsoleReply,
    user: SignedInUser,
    form: { added?: NewMember; values?: Record<string, string>; errors?: Record<string, string> } = {},
    status = 200,
  ) {
    const t = translator(request.language);
    const [roster, departments] = await Promise.all([this.roster.roster(user), this.roster.departments(user)]);
    const chair = roster.items.some((member) => member.chair && member.id === user.id);
    return this.pages.render(
      request,
      reply,
      'roster',
      t('roster.title'),
      {
        chair,
        quorum: roster.quorum,
        members: roster.items.map((member) => ({ ...member, isMe: member.id === user.id })),
        departments: departments.map((name) => ({ name, selected: name === form.values?.department })),
        added: form.added,
        values: form.values ?? {},
        errors: form.errors ?? {},
      },
      status,
    );
  }
}
