import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { Pages } from '../http/pages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { NotifierApi } from '../upstream/notifier.api';

/** "My notices": what the notifier told the signed-in person, newest first, each linking to where they act. */
@Controller('notices')
@ForRoles('member', 'owner', 'supervisor')
export class NoticesController {
  constructor(
    private readonly pages: Pages,
    private readonly notifier: NotifierApi,
  ) {}

  @Get()
  async list(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query('cursor') cursor?: string,
  ) {
    const t = translator(request.language);
    const page = await this.notifier.myNotices(user, cursor);
    return this.pages.render(request, reply, 'notices', t('notices.title'), {
      // Links point at the console's own pages: keep the path, so they work whatever CONSOLE_URL says.
      notices: page.items.map((notice) => ({ ...notice, path: pathOf(notice.link) })),
      nextCursor: page.nextCursor,
      paged: Boolean(cursor),
    });
  }
}

function pathOf(link: string): string {
  try {
    return new URL(link).pathname;
  } catch {
    return '/';
  }
}
