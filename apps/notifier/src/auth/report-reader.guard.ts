import { Inject, Injectable } from '@nestjs/common';
import { hashToken, KnownSupervisor, remoteOwner, ReportReaderGuard } from '@redress/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../config/notifier.settings';
import { unrevokedSupervisorByTokenHash } from '../persistence/supervisor.store';

/** Reports on the notifier: supervisors are looked up here (unrevoked), department heads at escalation. */
@Injectable()
export class NotifierReportReaderGuard extends ReportReaderGuard {
  constructor(dataSource: DataSource, @Inject(NOTIFIER_SETTINGS) settings: NotifierSettings) {
    super({
      owner: remoteOwner(settings.peers),
      supervisor: async (token) => {
        const supervisor: KnownSupervisor | undefined = await unrevokedSupervisorByTokenHash(
          dataSource,
          hashToken(token),
        );
        return supervisor ?? null;
      },
    });
  }
}
