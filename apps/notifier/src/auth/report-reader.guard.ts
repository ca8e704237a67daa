import { Inject, Injectable } from '@nestjs/common';
import { hashToken, KnownSupervisor, remoteOwner, ReportReaderGuard } from '@redress/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../config/notifier.settings';

/** Reports on the notifier: supervisors are looked up here (unrevoked), department heads at escalation. */
@Injectable()
export class NotifierReportReaderGuard extends ReportReaderGuard {
  constructor(dataSource: DataSource, @Inject(NOTIFIER_SETTINGS) settings: NotifierSettings) {
    super({
      owner: remoteOwner(settings.peers),
      supervisor: async (token) => {
        const [supervisor]: KnownSupervisor[] = await dataSource.query(
          `SELECT id, name FROM notifier.supervisors WHERE token_hash = $1 AND revoked_at IS NULL`,
          [hashToken(token)],
        );
        return supervisor ?? null;
      },
    });
  }
}
