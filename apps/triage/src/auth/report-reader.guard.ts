import { Inject, Injectable } from '@nestjs/common';
import { remoteOwner, remoteSupervisor, ReportReaderGuard } from '@redress/platform';
import { TRIAGE_SETTINGS, TriageSettings } from '../config/triage.settings';

/** Reports on triage: supervisors are checked at the notifier, department heads at escalation (triage keeps neither). */
@Injectable()
export class TriageReportReaderGuard extends ReportReaderGuard {
  constructor(@Inject(TRIAGE_SETTINGS) settings: TriageSettings) {
    super({ supervisor: remoteSupervisor(settings.peers), owner: remoteOwner(settings.peers) });
  }
}
