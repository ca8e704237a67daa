import type { CompensationView } from '@redress/http-api';
import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { field, PageId } from '../http/forms';
import { Pages } from '../http/pages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { NotifierApi } from '../upstream/notifier.api';
import { UpstreamError } from '../upstream/upstream';

/** An approval the notifier refused, shown again on its row with the amount as typed. */
interface FailedApproval {
  id: string;
  amount: string;
  error: string;
}

/** A supervisor's desk: the compensations waiting for a person, the budget and how satisfied customers are. */
@Controller()
@ForRoles('supervisor')
export class ReviewController {
  constructor(
    private readonly pages: Pages,
    private readonly notifier: NotifierApi,
  ) {}

  @Get('review')
  review(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query('cursor') cursor?: string,
  ) {
    return this.renderReview(request, reply, user, cursor);
  }

  /** The amount field holds the total to pay; a 400 (over the claim, malformed ...) is shown on the item's row. */
  @Post('compensations/:id/approve')
  async approve(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
  ) {
    const amount = field(body, 'amount').trim();
    let decided: CompensationView;
    try {
      decided = await this.notifier.decide(user, id, 'approve', request.id, amount || undefined);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const reason = error.fieldErrors.find((fieldError) => fieldError.field === 'amount')?.reason ?? error.message;
      return this.renderReview(request, reply, user, undefined, { id, amount, error: reason }, 400);
    }
    return reply.redirect(`/review?done=${decided.status === 'review' ? 'awaiting-second-approval' : 'approved'}`, 303);
  }

  @Post('compensations/:id/reject')
  async reject(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
  ) {
    await this.notifier.decide(user, id, 'reject', request.id);
    return reply.redirect('/review?done=rejected', 303);
  }

  private async renderReview(
    request: ConsoleRequest,
    reply: ConsoleReply,
    user: SignedInUser,
    cursor?: string,
    failed?: FailedApproval,
    status = 200,
  ) {
    const t = translator(request.language);
    const [stats, queue] = await Promise.all([this.notifier.stats(user), this.notifier.reviewQueue(user, cursor)]);
    const { satisfaction } = stats;
    return this.pages.render(
      request,
      reply,
      'review',
      t('review.title'),
      {
        stats,
        satisfaction:
          satisfaction.answers > 0
            ? t('review.satisfactionFigures', {
                average: satisfaction.averageRating,
                answers: satisfaction.answers,
                share: `${Math.round((satisfaction.satisfiedShare ?? 0) * 100)} %`,
              })
            : t('review.noAnswers'),
        queue: {
          ...queue,
          items: queue.items.map((item) => ({
            ...item,
            // Prefilled with what approving would pay: the claim, or what the first supervisor approved.
            amount:
              failed?.id === item.id ? failed.amount : (item.firstApproval?.amount ?? item.requested ?? item.granted),
            error: failed?.id === item.id ? failed.error : null,
            approvedByMe: item.firstApproval?.supervisor.id === user.id,
          })),
        },
        failed,
        paged: Boolean(cursor),
      },
      status,
    );
  }
}
