import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { PageId } from '../http/forms';
import { Pages } from '../http/pages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { NotifierApi } from '../upstream/notifier.api';

/** A supervisor's desk: the compensations waiting for a person, the budget and how satisfied customers are. */
@Controller()
@ForRoles('supervisor')
export class ReviewController {
  constructor(
    private readonly pages: Pages,
    private readonly notifier: NotifierApi,
  ) {}

  @Get('review')
  async review(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply, @CurrentUser() user: SignedInUser, @Query('cursor') cursor?: string) {
    const t = translator(request.language);
    const [stats, queue] = await Promise.all([this.notifier.stats(user), this.notifier.reviewQueue(user, cursor)]);
    const { satisfaction } = stats;
    return this.pages.render(request, reply, 'review', t('review.title'), {
      stats,
      satisfaction:
        satisfaction.answers > 0
          ? t('review.satisfactionFigures', {
              average: satisfaction.averageRating,
              answers: satisfaction.answers,
              share: `${Math.round((satisfaction.satisfiedShare ?? 0) * 100)} %`,
            })
          : t('review.noAnswers'),
      queue,
      paged: Boolean(cursor),
    });
  }

  @Post('compensations/:id/approve')
  async approve(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply, @CurrentUser() user: SignedInUser, @Param('id', PageId) id: string) {
    await this.notifier.decide(user, id, 'approve', request.id);
    return reply.redirect('/review?done=approved', 303);
  }

  @Post('compensations/:id/reject')
  async reject(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply, @CurrentUser() user: SignedInUser, @Param('id', PageId) id: string) {
    await this.notifier.decide(user, id, 'reject', request.id);
    return reply.redirect('/review?done=rejected', 303);
  }
}
