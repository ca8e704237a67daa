import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { PeerUrls } from '../config/peer-urls';
import { bearerToken } from './bearer-token';

/** Who may read reports: a supervisor (every department) or a department head (their own department). */
export type ReportReader =
  | { kind: 'supervisor'; id: string; name: string }
  | { kind: 'head'; id: string; name: string; department: string; level: number };

export interface KnownSupervisor {
  id: string;
  name: string;
}

export interface KnownOwner {
  id: string;
  name: string;
  department: string;
  level: number;
}

/** How a service finds the person behind a token: in its own tables when it keeps them, else at their service. */
export interface ReaderLookups {
  supervisor(token: string): Promise<KnownSupervisor | null>;
  owner(token: string): Promise<KnownOwner | null>;
}

/** The level a department head holds on the chain: level 1 owns the work, level 2 and up lead it. */
export const HEAD_LEVEL = 2;
/** How long a service waits for another to say who a token is. */
const LOOKUP_TIMEOUT_MS = 3_000;

/** How long a reader is told to wait when the service that knows their token did not answer. */
const RETRY_AFTER_SECONDS = 5;

type RetryableReply = { header(name: string, value: string): unknown };
type ReaderRequest = { headers: Record<string, string | string[] | undefined>; reportReader?: ReportReader };

/**
 * Lets reports through to supervisors and department heads. Tokens say by their prefix which service keeps them
 * (`rs_` the notifier's supervisors, `ro_` escalation's owners); each is checked there on every request, so a
 * revoked supervisor or an owner taken off the chain is refused at once, on every service. No token, or one nobody
 * knows: 401; a known person who is neither (a level-1 owner, an admin): 403.
 */
export abstract class ReportReaderGuard implements CanActivate {
  protected constructor(private readonly lookups: ReaderLookups) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return await this.admit(context.switchToHttp().getRequest<ReaderRequest>());
    } catch (error) {
      // The service that knows the token is away: say when to ask again, as every 503 of the services does.
      if (error instanceof ServiceUnavailableException)
        context.switchToHttp().getResponse<RetryableReply>().header('retry-after', String(RETRY_AFTER_SECONDS));
      throw error;
    }
  }

  private async admit(request: ReaderRequest): Promise<boolean> {
    const token = bearerToken(request.headers);
    if (token.startsWith('rs_')) {
      const supervisor = await this.lookups.supervisor(token);
      if (supervisor) {
        request.reportReader = { kind: 'supervisor', id: supervisor.id, name: supervisor.name };
        return true;
      }
    } else if (token.startsWith('ro_')) {
      const owner = await this.lookups.owner(token);
      if (owner && owner.level >= HEAD_LEVEL) {
        request.reportReader = { kind: 'head', ...owner };
        return true;
      }
      if (owner) throw new ForbiddenException('Reports are for supervisors and department heads (level 2 and up)');
    }
    throw new UnauthorizedException('Unknown token: reports are for supervisors and department heads');
  }
}

export const CurrentReportReader = createParamDecorator(
  (_: unknown, context: ExecutionContext): ReportReader =>
    context.switchToHttp().getRequest<ReaderRequest>().reportReader as ReportReader,
);

/**
 * The department a report covers for this reader: a head reads their own (asking for another is a 403), a supervisor
 * what they asked for (undefined: every department).
 */
export function reportDepartment(reader: ReportReader, asked: string | undefined): string | undefined {
  if (reader.kind === 'supervisor') return asked;
  if (asked !== undefined && asked !== reader.department)
    throw new ForbiddenException(`A department head reads the reports of their own department (${reader.department})`);
  return reader.department;
}

/** Asks the notifier who a supervisor's token belongs to (`GET /supervisors/me`). */
export function remoteSupervisor(peers: PeerUrls): ReaderLookups['supervisor'] {
  return async (token) => {
    const body = await whoIs(`${peers.notifier}/supervisors/me`, token, 'notifier');
    return body && typeof body.id === 'string' ? { id: body.id, name: String(body.name) } : null;
  };
}

/** Asks escalation who an owner's token belongs to (`GET /owners/me`); its admin token is no owner. */
export function remoteOwner(peers: PeerUrls): ReaderLookups['owner'] {
  return async (token) => {
    const body = await whoIs(`${peers.escalation}/owners/me`, token, 'escalation');
    if (!body || body.kind !== 'owner') return null;
    return {
      id: String(body.id),
      name: String(body.name),
      department: String(body.department),
      level: Number(body.level),
    };
  };
}

/**
 * The identity a service answers for a token; null when it refuses the token (401). The URL is the operator's
 * setting, never a client's, so this call needs no SSRF guard (like the console's calls to the services). A service
 * that does not answer makes the report a 503: nobody is let in unchecked.
 */
async function whoIs(url: string, token: string, service: string): Promise<Record<string, unknown> | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
    });
  } catch {
    throw new ServiceUnavailableException(`The ${service} service cannot check this token now; try again shortly`);
  }
  if (response.status === 401 || response.status === 403) return null;
  if (!response.ok)
    throw new ServiceUnavailableException(`The ${service} service cannot check this token now; try again shortly`);
  return (await response.json()) as Record<string, unknown>;
}
