import { Module } from '@nestjs/common';
import { MessagingModule, messagingPruneJobs } from '@redress/messaging';
import { DatabaseModule, DeadLettersModule, PruningModule } from '@redress/platform';
import { TimersModule } from '@redress/timers';
import { EscalationPrincipalGuard } from './auth/escalation-principal.guard';
import { AcknowledgeAssignmentHttpController } from './commands/acknowledge-assignment/acknowledge-assignment.http.controller';
import { AcknowledgeAssignmentService } from './commands/acknowledge-assignment/acknowledge-assignment.service';
import { AssignmentDeadlineHandler } from './commands/assignment-deadline/assignment-deadline.handler';
import { DeadlineWarningHandler } from './commands/warn-of-deadline/deadline-warning.handler';
import { CompleteFollowUpHttpController } from './commands/complete-follow-up/complete-follow-up.http.controller';
import { CompleteFollowUpService } from './commands/complete-follow-up/complete-follow-up.service';
import { FollowUpDeadlineHandler } from './commands/follow-up-deadline/follow-up-deadline.handler';
import { RequestFollowUpService } from './commands/request-follow-up/request-follow-up.service';
import { CountLinkedComplaintsService } from './commands/count-linked-complaints/count-linked-complaints.service';
import { CreateAssignmentService } from './commands/create-assignment/create-assignment.service';
import { EditDepartmentHttpController } from './commands/edit-department/edit-department.http.controller';
import { EditDepartmentService } from './commands/edit-department/edit-department.service';
import { AutoResumeHandler } from './commands/pause-assignment/auto-resume.handler';
import { PauseAssignmentHttpController } from './commands/pause-assignment/pause-assignment.http.controller';
import { PauseAssignmentService } from './commands/pause-assignment/pause-assignment.service';
import { ResolveAssignmentHttpController } from './commands/resolve-assignment/resolve-assignment.http.controller';
import { ResolveAssignmentService } from './commands/resolve-assignment/resolve-assignment.service';
import { ESCALATION_SETTINGS, EscalationSettings } from './config/escalation.settings';
import { EraseComplaintsService } from './commands/erase-complaints/erase-complaints.service';
import { ComplaintLinkedHandler } from './consumers/complaint-linked.handler';
import { CustomerErasedHandler } from './consumers/customer-erased.handler';
import { FollowUpRequestedHandler } from './consumers/follow-up-requested.handler';
import { EscalationReportReaderGuard, LateReportReaderGuard } from './auth/report-reader.guard';
import { SlaReportHttpController } from './queries/sla-report/sla-report.http.controller';
import { SlaReportQuery } from './queries/sla-report/sla-report.query';
import { RootCauseIdentifiedHandler } from './consumers/root-cause-identified.handler';
import { AssignmentStore } from './persistence/assignment.store';
import { FollowUpStore } from './persistence/follow-up.store';
import { escalationDataSourceSpec } from './persistence/escalation.data-source';
import { ESCALATION_SCHEMA } from './persistence/escalation.schema';
import { GetAssignmentHttpController } from './queries/get-assignment/get-assignment.http.controller';
import { ListAssignmentsHttpController } from './queries/list-assignments/list-assignments.http.controller';
import { ListAssignmentsQuery } from './queries/list-assignments/list-assignments.query';
import { ListDepartmentsHttpController } from './queries/list-departments/list-departments.http.controller';
import { GetPrincipalHttpController } from './queries/get-principal/get-principal.http.controller';
import { ListDepartmentsQuery } from './queries/list-departments/list-departments.query';
import { GetCallbackContactHttpController } from './queries/get-callback-contact/get-callback-contact.http.controller';
import { GetCallbackContactQuery } from './queries/get-callback-contact/get-callback-contact.query';
import { ListFollowUpsHttpController } from './queries/list-follow-ups/list-follow-ups.http.controller';
import { ListFollowUpsQuery } from './queries/list-follow-ups/list-follow-ups.query';
import { ListOverdueHttpController } from './queries/list-overdue/list-overdue.http.controller';
import { LateReportHttpController } from './queries/list-overdue/late-report.http.controller';
import { ListOverdueQuery } from './queries/list-overdue/list-overdue.query';

export function escalationModule(settings: EscalationSettings) {
  @Module({
    imports: [
      DatabaseModule.forService({
        ...escalationDataSourceSpec(settings.databaseUrl),
        timeouts: settings.databaseTimeouts,
      }),
      DeadLettersModule.forService(settings),
      MessagingModule.forService({
        service: 'escalation',
        schema: ESCALATION_SCHEMA,
        brokers: settings.kafkaBrokers,
        maxBatchBytes: settings.outboxMaxBatchBytes,
        kafkaSecurity: settings.kafkaSecurity,
      }),
      TimersModule.forService({ schema: ESCALATION_SCHEMA, ...settings.timers }),
      PruningModule.forService({
        schema: ESCALATION_SCHEMA,
        settings: settings.pruning,
        jobs: messagingPruneJobs(ESCALATION_SCHEMA, settings.pruning),
      }),
    ],
    controllers: [
      RootCauseIdentifiedHandler,
      ComplaintLinkedHandler,
      ListOverdueHttpController,
      ListAssignmentsHttpController,
      GetAssignmentHttpController,
      AcknowledgeAssignmentHttpController,
      ResolveAssignmentHttpController,
      PauseAssignmentHttpController,
      ListDepartmentsHttpController,
      GetPrincipalHttpController,
      EditDepartmentHttpController,
      FollowUpRequestedHandler,
      CustomerErasedHandler,
      ListFollowUpsHttpController,
      GetCallbackContactHttpController,
      CompleteFollowUpHttpController,
      SlaReportHttpController,
      LateReportHttpController,
    ],
    providers: [
      EraseComplaintsService,
      { provide: ESCALATION_SETTINGS, useValue: settings },
      EscalationPrincipalGuard,
      EscalationReportReaderGuard,
      LateReportReaderGuard,
      SlaReportQuery,
      AssignmentStore,
      CreateAssignmentService,
      CountLinkedComplaintsService,
      AssignmentDeadlineHandler,
      DeadlineWarningHandler,
      AcknowledgeAssignmentService,
      ResolveAssignmentService,
      PauseAssignmentService,
      AutoResumeHandler,
      EditDepartmentService,
      ListAssignmentsQuery,
      ListOverdueQuery,
      ListDepartmentsQuery,
      FollowUpStore,
      ListFollowUpsQuery,
      RequestFollowUpService,
      FollowUpDeadlineHandler,
      CompleteFollowUpService,
      GetCallbackContactQuery,
    ],
  })
  class EscalationModule {}
  return EscalationModule;
}
