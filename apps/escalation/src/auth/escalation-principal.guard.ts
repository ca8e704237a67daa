import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { bearerToken, hashToken } from '@redress/platform';
import { timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ESCALATION_SETTINGS, EscalationSettings } from '../config/escalation.settings';
import { currentOwnerByTokenHash } from '../persistence/department.store';

/** An owner currently on a department's chain. */
export interface Owner {
  kind: 'owner';
  id: string;
  name: string;
  department: string;
  level: number;
}

/** The holder of ESCALATION_ADMIN_TOKEN: reads every department, edits chains, sees every overdue assignment. */
export interface Admin {
  kind: 'admin';
}

export type Principal = Owner | Admin;

type AuthenticatedRequest = { headers: Record<string, string | string[] | undefined>; principal?: Principal };

/**
 * `Authorization: Bearer <token>`: an owner's token (stored hashed in escalation.owners; an owner taken off the chain
 * no longer signs in) or the optional admin token from the settings. Anything else is a 401.
 */
@Injectable()
export class EscalationPrincipalGuard implements CanActivate {
  private readonly isAdmin: (hash: string) => boolean;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ESCALATION_SETTINGS) settings: EscalationSettings,
  ) {
    this.isAdmin = adminTokenCheck(settings);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const hash = hashToken(bearerToken(request.headers));
    if (this.isAdmin(hash)) {
      request.principal = { kind: 'admin' };
      return true;
    }
    const owner = await currentOwnerByTokenHash(this.dataSource, hash);
    if (!owner) throw new UnauthorizedException('Unknown owner token');
    request.principal = { kind: 'owner', ...owner };
    return true;
  }
}

/** Whether a token's hash is ESCALATION_ADMIN_TOKEN's; never, when the setting is empty. Compared in constant time. */
export function adminTokenCheck(settings: EscalationSettings): (hash: string) => boolean {
  const adminHash = settings.adminToken ? Buffer.from(hashToken(settings.adminToken), 'hex') : null;
  return (hash) => adminHash !== null && timingSafeEqual(adminHash, Buffer.from(hash, 'hex'));
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().principal as Principal,
);

/** Assignments are worked by owners: the admin token reads lists but does not act for a department. */
export function requireOwner(principal: Principal): Owner {
  if (principal.kind !== 'owner') throw new ForbiddenException('Only an owner on a department chain may do this');
  return principal;
}
