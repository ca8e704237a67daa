import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DatabaseModule, loggerParams, MetricsController } from '@redress/platform';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { CONSOLE_SETTINGS, ConsoleSettings } from './config/console.settings';
import { HealthController } from './http/health.controller';
import { PageErrorFilter } from './http/page-error.filter';
import { consoleDataSourceSpec } from './persistence/console.data-source';
import { Pages } from './http/pages';
import { AssignmentsController } from './pages/assignments.controller';
import { CallbacksController } from './pages/callbacks.controller';
import { CommitteeController } from './pages/committee.controller';
import { ComplaintController } from './pages/complaint.controller';
import { ComplaintSearchController } from './pages/complaint-search.controller';
import { LateController } from './pages/late.controller';
import { NoticeSettingsController } from './pages/notice-settings.controller';
import { NoticesController } from './pages/notices.controller';
import { ReportsController } from './pages/reports.controller';
import { ReviewController } from './pages/review.controller';
import { SignInController } from './pages/sign-in.controller';
import { WhatIfController } from './pages/what-if.controller';
import { Identities } from './session/identities';
import { RevokedSessions } from './session/revoked-sessions';
import { SessionGuard } from './session/session.guard';
import { Sessions } from './session/sessions';
import { EscalationApi } from './upstream/escalation.api';
import { InsightApi } from './upstream/insight.api';
import { IntakeApi } from './upstream/intake.api';
import { NotifierApi } from './upstream/notifier.api';
import { TriageApi } from './upstream/triage.api';
import { Upstream } from './upstream/upstream';

export function consoleModule(settings: ConsoleSettings, logger: Logger) {
  @Module({
    imports: [
      LoggerModule.forRoot(loggerParams(logger)),
      DatabaseModule.forService(consoleDataSourceSpec(settings.databaseUrl)),
    ],
    controllers: [
      SignInController,
      NoticeSettingsController,
      NoticesController,
      CommitteeController,
      AssignmentsController,
      CallbacksController,
      LateController,
      ReviewController,
      WhatIfController,
      ReportsController,
      ComplaintSearchController,
      ComplaintController,
      HealthController,
      MetricsController,
    ],
    providers: [
      { provide: CONSOLE_SETTINGS, useValue: settings },
      { provide: APP_GUARD, useClass: SessionGuard },
      { provide: APP_FILTER, useClass: PageErrorFilter },
      Sessions,
      RevokedSessions,
      Pages,
      Identities,
      Upstream,
      IntakeApi,
      TriageApi,
      EscalationApi,
      NotifierApi,
      InsightApi,
    ],
  })
  class ConsoleModule {}
  return ConsoleModule;
}
