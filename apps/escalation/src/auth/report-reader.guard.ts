import { Inject, Injectable } from '@nestjs/common';
import { hashToken, KnownOwner, remoteSupervisor, ReportReaderGuard } from '@redress/platform';
import { DataSource } from 'typeorm';
import { ESCALATION_SETTINGS, EscalationSettings } from '../config/escalation.settings';

/** Reports on escalation: owners are looked up here (on the chain now), supervisors at the notifier. */
@Injectable()
export class EscalationReportReaderGuard extends ReportReaderGuard {
  constructor(dataSource: DataSource, @Inject(ESCALATION_SETTINGS) settings: EscalationSettings) {
    super({
      supervisor: remoteSupervisor(settings.peers),
      owner: async (token) => {
        const [owner]: KnownOwner[] = await dataSource.query(
          `SELECT id, name, department_id AS department, level FROM escalation.owners
           WHERE token_hash = $1 AND removed_at IS NULL`,
          [hashToken(token)],
        );
        return owner ?? null;
      },
    });
  }
}
