import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { bearerToken, hashToken } from '@redress/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../config/notifier.settings';
import { personKey, StaffRole } from '../domain/staff-preferences';
import { unrevokedSupervisorByTokenHash } from '../persistence/supervisor.store';

/** Someone signed in with their own token: an owner, a committee member or a supervisor. */
export interface StaffPerson {
  role: StaffRole;
  id: string;
  name: string;
  /** `<role>:<id>`, the directory's key. */
  person: string;
}

type AuthenticatedRequest = { headers: Record<string, string | string[] | undefined>; staff?: StaffPerson };

/** How long triage or escalation may take to say whose a token is. */
const ASK_TIMEOUT_MS = 5_000;

/**
 * Lets a request through with a person's own token: a supervisor's is looked up here; an owner's (`ro_`) is asked of
 * escalation (`GET /owners/me`) and a member's (`rm_`) of triage (`GET /committee/me`), through their public routes,
 * on every request (a revocation there holds here at once). A token nobody knows is a 401; a service that does not
 * answer is a 503.
 */
@Injectable()
export class StaffGuard implements CanActivate {
  private readonly logger = new Logger(StaffGuard.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.staff = await this.identify(bearerToken(request.headers));
    return true;
  }

  private async identify(token: string): Promise<StaffPerson> {
    if (token.startsWith('ro_')) {
      const owner = await this.ask('escalation', `${this.settings.staff.escalationUrl}/owners/me`, token);
      if (owner.kind === 'owner') return this.person('owner', owner);
    } else if (token.startsWith('rm_')) {
      return this.person('member', await this.ask('triage', `${this.settings.staff.triageUrl}/committee/me`, token));
    } else {
      const supervisor = await unrevokedSupervisorByTokenHash(this.dataSource, hashToken(token));
      if (supervisor) return this.person('supervisor', supervisor);
    }
    throw new UnauthorizedException('Unknown token: sign in with your own owner, member or supervisor token');
  }

  private person(role: StaffRole, who: { id?: unknown; name?: unknown }): StaffPerson {
    const id = String(who.id);
    return { role, id, name: typeof who.name === 'string' ? who.name : '', person: personKey(role, id) };
  }

  private async ask(service: string, url: string, token: string): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(ASK_TIMEOUT_MS),
      });
    } catch (error) {
      this.logger.warn(`${service} did not say whose a token is: ${(error as Error).message}`);
      throw new ServiceUnavailableException(`${service} could not be asked whose the token is; try again shortly`);
    }
    if (response.status === 401 || response.status === 403) throw new UnauthorizedException('Unknown token');
    if (!response.ok)
      throw new ServiceUnavailableException(`${service} answered ${response.status}; try again shortly`);
    const body = (await response.json()) as Record<string, unknown>;
    if (typeof body.id !== 'string' && body.kind !== 'admin')
      throw new ServiceUnavailableException(`${service} did not name the token's holder`);
    return body;
  }
}

export const CurrentStaff = createParamDecorator(
  (_: unknown, context: ExecutionContext): StaffPerson =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().staff as StaffPerson,
);
