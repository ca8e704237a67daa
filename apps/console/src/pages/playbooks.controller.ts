import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField, field, PageId } from '../http/forms';
import { Pages } from '../http/pages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { PlaybooksApi } from '../upstream/playbooks.api';
import { UpstreamError } from '../upstream/upstream';

const FIELDS = [
  'name',
  'keywords',
  'touchpoint',
  'activeFrom',
  'activeUntil',
  'compensation',
  'messageEn',
  'messageRu',
];
const TOUCHPOINTS = ['store', 'web', 'app', 'call-centre', 'delivery', 'other'];

/**
 * Playbooks for supervisors: what complaints matching some words are told and paid at once during a known incident.
 * Written and ended through the notifier's routes under the supervisor's token; the notifier refuses anyone else.
 */
@Controller('playbooks')
@ForRoles('supervisor')
export class PlaybooksController {
  constructor(
    private readonly pages: Pages,
    private readonly playbooks: PlaybooksApi,
  ) {}

  @Get()
  list(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query('cursor') cursor?: string,
  ) {
    return this.render(request, reply, user, {}, {}, 200, cursor);
  }

  @Post()
  async create(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Body() body: unknown,
  ) {
    const values = Object.fromEntries(FIELDS.map((name) => [name, field(body, name).trim()]));
    const playbook = {
      name: values.name,
      keywords: values.keywords
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
      ...(values.touchpoint && { touchpoint: values.touchpoint }),
      activeFrom: values.activeFrom ? new Date(values.activeFrom).toISOString() : new Date().toISOString(),
      ...(values.activeUntil && { activeUntil: new Date(values.activeUntil).toISOString() }),
      compensation: values.compensation,
      message: { ...(values.messageEn && { en: values.messageEn }), ...(values.messageRu && { ru: values.messageRu }) },
    };
    try {
      await this.playbooks.create(user, playbook, request.id);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const byField = Object.fromEntries(
        error.fieldErrors.map((fieldError) => [
          fieldError.field
            .replace(/^message\.en$/, 'messageEn')
            .replace(/^message\.ru$/, 'messageRu')
            .replace(/^message$/, 'messageEn'),
          fieldError.reason,
        ]),
      );
      const t = translator(request.language);
      const errors = errorsByField(
        t,
        Object.entries(byField).map(([name, reason]) => ({ field: name, reason })),
        values,
      );
      return this.render(request, reply, user, values, errors, 400);
    }
    return reply.redirect('/playbooks?done=playbookSaved', 303);
  }

  @Post(':id/end')
  async end(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
  ) {
    await this.playbooks.end(user, id, request.id);
    return reply.redirect('/playbooks?done=playbookEnded', 303);
  }

  private async render(
    request: ConsoleRequest,
    reply: ConsoleReply,
    user: SignedInUser,
    values: Record<string, string>,
    errors: Record<string, string>,
    status = 200,
    cursor?: string,
  ) {
    const t = translator(request.language);
    const page = await this.playbooks.list(user, cursor);
    return this.pages.render(
      request,
      reply,
      'playbooks',
      t('playbooks.title'),
      {
        playbooks: page.items.map((playbook) => ({ ...playbook, keywordsText: playbook.keywords.join(', ') })),
        nextCursor: page.nextCursor,
        paged: Boolean(cursor),
        values,
        errors,
        touchpoints: TOUCHPOINTS.map((name) => ({ name, selected: name === values.touchpoint })),
      },
      status,
    );
  }
}
