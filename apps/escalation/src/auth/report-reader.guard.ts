import { CanActivate, createParamDecorator, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import {
  bearerToken,
  hashToken,
  KnownOwner,
  remoteSupervisor,
  ReportReader,
  ReportReaderGuard,
} from '@redress/platform';
import { DataSource } from 'typeorm';
import { ESCALATION_SETTINGS, EscalationSettings } from '../config/escalation.settings';
import { currentOwnerByTokenHash } from '../persistence/department.store';
import { adminTokenCheck } from './escalation-principal.guard';

/** Reports on escalation: owners are looked up here (on the chain now), supervisors at the notifier. */
@Injectable()
export class EscalationReportReaderGuard extends ReportReaderGuard {
  constructor(dataSource: DataSource, @Inject(ESCALATION_SETTINGS) settings: EscalationSettings) {
    super({
      supervisor: remoteSupervisor(settings.peers),
      owner: async (token): Promise<KnownOwner | null> =>
        (await currentOwnerByTokenHash(dataSource, hashToken(token))) ?? null,
    });
  }
}

/** Who reads what is late: a report reader, or the admin token, which sees every department's assignments anyway. */
export type LateReader = ReportReader | { kind: 'admin' };

type LateRequest = { headers: Record<string, string | string[] | undefined>; reportReader?: LateReader };

/**
 * The late report's guard: the admin token (ESCALATION_ADMIN_TOKEN) first, then supervisors and department heads as
 * on every report. The admin reads only this report: the others stay for those who answer for the figures.
 */
@Injectable()
export class LateReportReaderGuard implements CanActivate {
  private readonly isAdmin: (hash: string) => boolean;

  constructor(
    private readonly readers: EscalationReportReaderGuard,
    @Inject(ESCALATION_SETTINGS) settings: EscalationSettings,
  ) {
    this.isAdmin = adminTokenCheck(settings);
  }

  canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<LateRequest>();
    if (this.isAdmin(hashToken(bearerToken(request.headers)))) {
      request.reportReader = { kind: 'admin' };
      return Promise.resolve(true);
    }
    return this.readers.canActivate(context);
  }
}

export const CurrentLateReader = createParamDecorator(
  (_: unknown, context: ExecutionContext): LateReader =>
    context.switchToHttp().getRequest<LateRequest>().reportReader as LateReader,
);
