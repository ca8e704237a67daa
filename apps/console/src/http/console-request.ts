import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Language } from '../i18n/languages';
import { Role, Session, SignedInUser } from '../session/session';

/** A request as the pages see it, once the session guard has run. */
export type ConsoleRequest = FastifyRequest & { session: Session; language: Language };
export type ConsoleReply = FastifyReply;

/** Who may open a route; routes without it are open to anyone (sign-in, language, health). */
export const ROLES = 'console:roles';
export const ForRoles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The signed-in person; only on routes with `@ForRoles`, where the guard has made sure there is one. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): SignedInUser =>
    context.switchToHttp().getRequest<ConsoleRequest>().session.user as SignedInUser,
);

/** Sent to the sign-in page, then back here. */
export class SignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('sign in first');
  }
}
