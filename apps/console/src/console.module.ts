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
import { ClientSystemsController } from './pages/client-systems.controller';
import { CommitteeController } from './pages/committee.controller';
import { ComplaintController } from './pages/complaint.controller';
import { ComplaintSearchController } from './pages/complaint-search.controller';
import { LateController } from './pages/late.controller';
import { NoticeSettingsController } from './pages/notice-settings.controller';
import { NoticesController } from './pages/notices.controller';
import { ReportsController } from './pages/reports.controller';
import { DeadLettersController } from './pages/dead-letters.controller';
import { DepartmentsController } from './pages/departments.controller';
import { PlaybooksController } from './pages/playbooks.controller';
import { ReviewController } from './pages/review.controller';
import { RosterController } from './pages/roster.controller';
import { SignInController } from './pages/sign-in.controller';
import { WhatIfController } from './pages/what-if.controller';
import { Identities } from './session/identities';
import { RevokedSessions } from './session/revoked-sessions';
import { SessionGuard } from './session/session.guard';
import { Sessions } from './session/sessions';
import { ClientSystemsApi } from './upstream/client-systems.api';
import { DepartmentsApi } from './upstream/departments.api';
import { EscalationApi } from './upstream/escalation.api';
import { InsightApi } from './upstream/insight.api';
import { IntakeApi } from './upstream/intake.api';
import { NotifierApi } from './upstream/notifier.api';
import { PeopleApi } from './upstream/people.api';
import { PeopleController } from './pages/people.controller';
import { OperationsApi } from './upstream/operations.api';
import { PlaybooksApi } from './upstream/playbooks.api';
import { RosterApi } from './upstream/roster.api';
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
      DeadLettersController,
      ClientSystemsController,
      DepartmentsController,
      RosterController,
      PlaybooksController,
      PeopleController,
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
      PeopleApi,
      InsightApi,
      OperationsApi,
      ClientSystemsApi,
      DepartmentsApi,
      RosterApi,
      PlaybooksApi,
    ],
  })
  class ConsoleModule {}
  return ConsoleModule;
}
