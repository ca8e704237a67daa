import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ConsoleReply, ConsoleRequest, ROLES, SignInRequired } from '../http/console-request';
import { Role } from './session';
import { Sessions } from './sessions';

/** Polled by machines, which have no session and need none. */
export const SESSIONLESS = /^\/(health|metrics)(\/|\?|$)/;

/** A form posted without this session's CSRF token: another site's page, or a form older than the session. */
export class CsrfRejected extends ForbiddenException {}

/**
 * Every page: attaches the session (signed out if it was revoked), checks the CSRF token of every form posted, and lets a route with
 * `@ForRoles` through only for a person of one of those roles (signed-out visitors go to the sign-in page).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: Sessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ConsoleRequest>();
    if (SESSIONLESS.test(request.url)) return true;
    const reply = context.switchToHttp().getResponse<ConsoleReply>();
    this.sessions.attach(request, reply);
    await this.sessions.dropRevoked(request, reply);
    if (
      request.method === 'POST' &&
      !this.sessions.checkCsrf(request.session, (request.body as Record<string, unknown> | undefined)?._csrf)
    ) {
      throw new CsrfRejected();
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const user = request.session.user;
    if (!user) throw new SignInRequired(request.method === 'GET' ? request.url : '/');
    if (!roles.includes(user.role)) throw new ForbiddenException();
    return true;
  }
}
