import { Inject, Injectable } from '@nestjs/common';
import { hashToken, KnownOwner, remoteSupervisor, ReportReaderGuard } from '@redress/platform';
import { DataSource } from 'typeorm';
import { ESCALATION_SETTINGS, EscalationSettings } from '../config/escalation.settings';
import { currentOwnerByTokenHash } from '../persistence/department.store';

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
