import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest } from '../http/console-request';
import { field, localPath } from '../http/forms';
import { Pages } from '../http/pages';
import { isLanguage } from '../i18n/languages';
import { translator } from '../i18n/translate';
import { Identities } from '../session/identities';
import { homeOf, roleOfToken } from '../session/session';
import { Sessions } from '../session/sessions';

/** Signing in and out, the start page, the language switch: the routes open to everyone. */
@Controller()
export class SignInController {
  constructor(
    private readonly pages: Pages,
    private readonly sessions: Sessions,
    private readonly identities: Identities,
  ) {}

  @Get()
  start(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply) {
    const user = request.session.user;
    return reply.redirect(user ? homeOf(user.role) : '/sign-in', 303);
  }

  @Get('sign-in')
  signInPage(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @Query('next') next?: string,
    @Query('expired') expired?: string,
  ) {
    if (request.session.user) return reply.redirect(localPath(next, homeOf(request.session.user.role)), 303);
    const t = translator(request.language);
    return this.pages.render(request, reply, 'sign-in', t('signIn.title'), {
      next: localPath(next, ''),
      error: expired ? t('signIn.expired') : null,
    });
  }

  @Post('sign-in')
  async signIn(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply, @Body() body: unknown) {
    const t = translator(request.language);
    const token = field(body, 'token').trim();
    const next = localPath(field(body, 'next'), '');
    const user = await this.identities.identify(token);
    if (!user) {
      const error = roleOfToken(token) ? t('signIn.refused') : t('signIn.unknownKind');
      return this.pages.render(request, reply, 'sign-in', t('signIn.title'), { next, error }, 400);
    }
    request.session = this.sessions.start(reply, user);
    return reply.redirect(next || homeOf(user.role), 303);
  }

  @Post('sign-out')
  async signOut(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply) {
    await this.sessions.end(request, reply);
    return reply.redirect('/sign-in', 303);
  }

  /** A link, so it works without scripts; remembered for a year. */
  @Get('language/:language')
  language(@Res() reply: ConsoleReply, @Param('language') language: string, @Query('next') next?: string) {
    if (isLanguage(language)) reply.header('set-cookie', this.sessions.languageCookie(language));
    return reply.redirect(localPath(next, '/'), 303);
  }
}
