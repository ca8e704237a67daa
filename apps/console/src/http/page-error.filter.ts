import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { MessageKey } from '../i18n/messages.en';
import { translator } from '../i18n/translate';
import { CsrfRejected, SESSIONLESS } from '../session/session.guard';
import { Sessions } from '../session/sessions';
import { UpstreamError } from '../upstream/upstream';
import { ConsoleReply, ConsoleRequest, SignInRequired } from './console-request';
import { Pages } from './pages';

/**
 * Every failure becomes a page a person can act on: sign in again, go back, try later. A service's 5xx or silence
 * is a 502 here (the console itself is fine); anything unexpected is logged and shown without details.
 */
@Catch()
export class PageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('console');

  constructor(
    private readonly pages: Pages,
    private readonly sessions: Sessions,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<ConsoleRequest>();
    const reply = host.switchToHttp().getResponse<ConsoleReply>();
    if (SESSIONLESS.test(request.url)) {
      const status = error instanceof HttpException ? error.getStatus() : 500;
      void reply.status(status).send(error instanceof HttpException ? error.getResponse() : { statusCode: 500 });
      return;
    }
    if (error instanceof SignInRequired) {
      void reply.redirect(`/sign-in?next=${encodeURIComponent(error.returnTo)}`, 303);
      return;
    }
    if (error instanceof UpstreamError && error.status === 401) {
      // The token was revoked or the person taken off the roster: the session is over.
      this.sessions.attach(request, reply);
      this.sessions.start(reply, null);
      void reply.redirect('/sign-in?expired=1', 303);
      return;
    }
    const { status, message } = this.describe(error, request.method);
    if (status >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    this.sessions.attach(request, reply);
    const t = translator(request.language);
    const detail =
      error instanceof UpstreamError && status === 409
        ? error.message.replace(/^\w+: \d+ /, '')
        : message === 'error.badForm'
          ? (error as Error).message
          : '';
    this.pages.render(
      request,
      reply,
      'error',
      t('error.title'),
      { message: t(message, { message: detail }), status },
      status,
    );
  }

  private describe(error: unknown, method: string): { status: number; message: MessageKey } {
    if (error instanceof CsrfRejected) return { status: 403, message: 'form.csrf' };
    const status =
      error instanceof UpstreamError
        ? error.status
        : error instanceof HttpException
          ? error.getStatus()
          : clientErrorStatus(error);
    // A form Fastify could not read (too large, of another type, not UTF-8) keeps its status: nothing is missing.
    if (method === 'POST' && !(error instanceof UpstreamError) && [400, 413, 415].includes(status))
      return { status, message: 'error.badForm' };
    if (status === 404 || status === 400) return { status: 404, message: 'error.notFound' };
    if (status === 403) return { status: 403, message: 'error.forbidden' };
    if (status === 409) return { status: 409, message: 'error.conflict' };
    if (error instanceof UpstreamError) return { status: 502, message: 'error.upstream' };
    return { status: 500, message: 'error.title' };
  }
}

/** The 4xx a body parser's error carries (`statusCode`, as Fastify's do), else 500. */
function clientErrorStatus(error: unknown): number {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}
