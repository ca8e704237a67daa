import { CanActivate, createParamDecorator, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { bearerToken, hashToken } from '@redress/platform';
import { DataSource } from 'typeorm';
import { unrevokedSupervisorByTokenHash } from '../persistence/supervisor.store';

export interface Supervisor {
  id: string;
  name: string;
}

type AuthenticatedRequest = { headers: Record<string, string | string[] | undefined>; supervisor?: Supervisor };

/**
 * Lets a request through only with an unrevoked supervisor's bearer token (stored as its SHA-256), whom it then
 * carries. Supervisors work at a person's pace, so the token is looked up on every request: a revocation holds at once
 * on every replica, with no cache to expire.
 */
@Injectable()
export class SupervisorGuard implements CanActivate {
  constructor(private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers);
    const supervisor: Supervisor | undefined = await unrevokedSupervisorByTokenHash(this.dataSource, hashToken(token));
    if (!supervisor) throw new UnauthorizedException('Unknown or revoked supervisor token');
    request.supervisor = supervisor;
    return true;
  }
}

export const CurrentSupervisor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Supervisor =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().supervisor as Supervisor,
);
