import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { timeLeft } from '../domain/time-left';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { Pages } from '../http/pages';
import { formatDuration, formatTimeLeft, translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { EscalationApi } from '../upstream/escalation.api';

/**
 * What is late in the owner's department: assignments that breached at the top of their chain, then those whose next
 * deadline is near, as escalation ranks them, each with its level, holder and age.
 */
@Controller('late')
@ForRoles('owner')
export class LateController {
  constructor(
    private readonly pages: Pages,
    private readonly escalation: EscalationApi,
  ) {}

  @Get()
  async list(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query('cursor') cursor?: string,
  ) {
    const t = translator(request.language);
    const page = await this.escalation.late(user, cursor);
    const now = new Date();
    return this.pages.render(request, reply, 'late', t('late.title', { department: user.department }), {
      assignments: page.items.map((assignment) => ({
        ...assignment,
        breached: assignment.attention === 'breached',
        attentionText:
          assignment.attention === 'breached'
            ? t('late.breached')
            : formatTimeLeft(t, timeLeft(new Date(assignment.attentionAt), now)),
        age: t('late.ago', { time: formatDuration(t, timeLeft(new Date(assignment.createdAt), now)) }),
      })),
      nextCursor: page.nextCursor,
      paged: Boolean(cursor),
    });
  }
}
