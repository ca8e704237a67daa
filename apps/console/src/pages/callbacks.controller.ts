import type { FollowUpView } from '@redress/http-api';
import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { timeLeft } from '../domain/time-left';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField, field, PageId } from '../http/forms';
import { Pages } from '../http/pages';
import { formatTimeLeft, Translate, translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { Callback, EscalationApi } from '../upstream/escalation.api';
import { IntakeApi } from '../upstream/intake.api';
import { UpstreamError } from '../upstream/upstream';

const OUTCOMES = ['reached', 'unreachable'];

/** Callbacks owed to customers who gave a low rating: the department's open ones, and making one. */
@Controller('callbacks')
@ForRoles('owner')
export class CallbacksController {
  constructor(
    private readonly pages: Pages,
    private readonly escalation: EscalationApi,
    private readonly intake: IntakeApi,
  ) {}

  @Get()
  async list(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query('cursor') cursor?: string,
  ) {
    const t = translator(request.language);
    const page = await this.escalation.followUps(user, cursor);
    const now = new Date();
    return this.pages.render(request, reply, 'callbacks', t('callbacks.title', { department: user.department }), {
      callbacks: page.items.map((followUp) => described(t, followUp, now)),
      nextCursor: page.nextCursor,
      paged: Boolean(cursor),
    });
  }

  @Get(':id')
  show(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
  ) {
    return this.renderCallback(request, reply, user, id);
  }

  @Post(':id/complete')
  async complete(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
  ) {
    const callback: Callback = { outcome: field(body, 'outcome'), note: field(body, 'note') };
    try {
      await this.escalation.completeFollowUp(user, id, callback, request.id);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const errors = errorsByField(translator(request.language), error.fieldErrors, { ...callback });
      return this.renderCallback(request, reply, user, id, { values: callback, errors }, 400);
    }
    return reply.redirect(`/callbacks?done=called`, 303);
  }

  private async renderCallback(
    request: ConsoleRequest,
    reply: ConsoleReply,
    user: SignedInUser,
    id: string,
    failed?: { values: Callback; errors: Record<string, string> },
    status = 200,
  ) {
    const t = translator(request.language);
    const followUp = described(t, await this.escalation.followUp(user, id), new Date());
    // The number is fetched only for a callback still to make, and only after escalation said this owner may make it
    // (recording the view in its audit log); the number itself is intake's, escalation keeps none.
    const timing = followUp.status === 'open' ? await this.escalation.callbackContact(user, id) : null;
    const contact = timing?.open
      ? { ...timing, phone: await this.intake.callbackPhone(timing.complaintId, request.id) }
      : timing;
    const chosen = failed?.values.outcome ?? 'reached';
    return this.pages.render(
      request,
      reply,
      'callback',
      t('callback.title', { rating: followUp.rating }),
      {
        callback: followUp,
        contact,
        open: followUp.status === 'open',
        outcomes: OUTCOMES.map((value) => ({
          value,
          label: t(`callback.outcome.${value}` as 'callback.outcome.reached'),
          checked: value === chosen,
        })),
        note: failed?.values.note ?? '',
        errors: failed?.errors ?? {},
        hasErrors: Boolean(failed),
      },
      status,
    );
  }
}

/** The reason in words and the deadline as time left or overdue. */
function described(t: Translate, followUp: FollowUpView, now: Date) {
  const left = timeLeft(new Date(followUp.dueAt), now);
  return {
    ...followUp,
    reasonText: followUp.reason ? t(`reason.${followUp.reason}` as 'reason.other') : t('callback.noReason'),
    due: {
      text: followUp.status === 'done' ? t('deadline.done') : formatTimeLeft(t, left),
      overdue: followUp.status === 'open' && left.overdue,
    },
  };
}
