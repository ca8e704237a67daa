import { Module } from '@nestjs/common';
import { MessagingModule, messagingPruneJobs } from '@redress/messaging';
import { DatabaseModule, DeadLettersModule, endpointHealthPruneJob, PruningModule } from '@redress/platform';
import { TimersModule } from '@redress/timers';
import { AdminGuard } from './auth/admin.guard';
import { SupervisorGuard } from './auth/supervisor.guard';
import { ChannelRouter } from './channels/channel-router';
import { PlaybookApplier } from './commands/apply-playbook/playbook-applier.service';
import { DELIVERY_CHANNEL } from './channels/delivery-channel';
import { IntakeClient } from './channels/intake-client';
import { DecideCompensationHttpController } from './commands/decide-compensation/decide-compensation.http.controller';
import { DecideCompensationService } from './commands/decide-compensation/decide-compensation.service';
import { DeliveryJob } from './commands/deliver-notification/delivery.job';
import { FeedbackTokens } from './commands/give-feedback/feedback-tokens.service';
import { GiveFeedbackHttpController } from './commands/give-feedback/give-feedback.http.controller';
import { GiveFeedbackService } from './commands/give-feedback/give-feedback.service';
import { RootCauseUpdatesHandler } from './commands/inform-complaints/root-cause-updates.handler';
import { ComplaintClosingHandler } from './commands/close-complaint/complaint-closing.handler';
import { LinkComplaintService } from './commands/link-complaint/link-complaint.service';
import { ManagePlaybooksHttpController } from './commands/manage-playbooks/manage-playbooks.http.controller';
import { ManagePlaybooksService } from './commands/manage-playbooks/manage-playbooks.service';
import { RecordComplaintService } from './commands/record-complaint/record-complaint.service';
import { RevokeSupervisorHttpController } from './commands/revoke-supervisor/revoke-supervisor.http.controller';
import { NotificationScheduler } from './commands/schedule-notification/notification-scheduler.service';
import { CompensationMaxWaitHandler } from './commands/settle-compensation/compensation-max-wait.handler';
import { CompensationService } from './commands/settle-compensation/compensation.service';
import { NOTIFIER_SETTINGS, NotifierSettings } from './config/notifier.settings';
import { AssignmentBreachedHandler } from './consumers/assignment-breached.handler';
import { AssignmentPausedHandler } from './consumers/assignment-paused.handler';
import { RootCausePausesStore } from './persistence/root-cause-pauses.store';
import { AssignmentCreatedHandler } from './consumers/assignment-created.handler';
import { AssignmentEscalatedHandler } from './consumers/assignment-escalated.handler';
import { ComplaintLinkedHandler } from './consumers/complaint-linked.handler';
import { ComplaintReceivedHandler } from './consumers/complaint-received.handler';
import { FollowUpCompletedHandler } from './consumers/follow-up-completed.handler';
import { CustomerErasedHandler } from './consumers/customer-erased.handler';
import { EraseComplaintsService } from './commands/erase-complaints/erase-complaints.service';
import { RootCauseResolvedHandler } from './consumers/root-cause-resolved.handler';
import { BudgetMetrics } from './metrics/budget.metrics';
import { notifierDataSourceSpec } from './persistence/notifier.data-source';
import { NOTIFIER_SCHEMA } from './persistence/notifier.schema';
import { notificationBodiesPruneJob, staffDeliveriesPruneJob, staffNoticesPruneJob } from './persistence/retention';
import { CompensationWhatIfHttpController } from './queries/compensation-what-if/compensation-what-if.http.controller';
import { NotifierReportReaderGuard } from './auth/report-reader.guard';
import { SatisfactionReportHttpController } from './queries/satisfaction-report/satisfaction-report.http.controller';
import { SatisfactionReportQuery } from './queries/satisfaction-report/satisfaction-report.query';
import { GetStatsQuery } from './queries/get-stats/get-stats.query';
import { ListCompensationsQuery } from './queries/list-compensations/list-compensations.query';
import { ListNoticesQuery } from './queries/list-notices/list-notices.query';
import { ListNotificationsQuery } from './queries/list-notifications/list-notifications.query';
import { ListPlaybooksQuery } from './queries/list-playbooks/list-playbooks.query';
import { GetStatsHttpController } from './queries/get-stats/get-stats.http.controller';
import { GetSupervisorHttpController } from './queries/get-supervisor/get-supervisor.http.controller';
import { ListCompensationsHttpController } from './queries/list-compensations/list-compensations.http.controller';
import { ListPlaybooksHttpController } from './queries/list-playbooks/list-playbooks.http.controller';
import { ListNotificationsHttpController } from './queries/list-notifications/list-notifications.http.controller';
import { GetStatusHttpController } from './queries/get-status/get-status.http.controller';
import { GetStatusQuery } from './queries/get-status/get-status.query';
import { StatusLinks } from './queries/get-status/status-links.service';
import { StatusPageRateLimit } from './queries/get-status/status-page-rate-limit.service';
import { StaffGuard } from './auth/staff.guard';
import { ListStaffHttpController } from './queries/list-staff/list-staff.http.controller';
import { GetAdminHttpController } from './queries/get-admin/get-admin.http.controller';
import { StaffDirectoryHttpController } from './commands/manage-staff/staff-directory.http.controller';
import { StaffDirectoryService } from './commands/manage-staff/staff-directory.service';
import { StaffDeliveryJob } from './commands/notify-staff/staff-delivery.job';
import { StaffDigestHandler } from './commands/notify-staff/staff-digest.handler';
import { StaffNoticeRules } from './commands/notify-staff/staff-notice-rules.service';
import { StaffNotices } from './commands/notify-staff/staff-notices.service';
import { StaffSender } from './commands/notify-staff/staff-sender.service';
import { AssignmentDeadlineApproachingHandler } from './consumers/assignment-deadline-approaching.handler';
import { FollowUpAssignedHandler } from './consumers/follow-up-assigned.handler';
import { FollowUpEscalatedHandler } from './consumers/follow-up-escalated.handler';
import { RootCauseIdentifiedHandler } from './consumers/root-cause-identified.handler';
import { RootCauseOpenedHandler } from './consumers/root-cause-opened.handler';
import { ReviewDeadlineApproachingHandler } from './consumers/review-deadline-approaching.handler';
import { ListNoticesHttpController } from './queries/list-notices/list-notices.http.controller';

export function notifierModule(settings: NotifierSettings) {
  @Module({
    imports: [
      DatabaseModule.forService({
        ...notifierDataSourceSpec(settings.databaseUrl),
        timeouts: settings.databaseTimeouts,
      }),
      DeadLettersModule.forService(settings),
      MessagingModule.forService({
        service: 'notifier',
        schema: NOTIFIER_SCHEMA,
        brokers: settings.kafkaBrokers,
        maxBatchBytes: settings.outboxMaxBatchBytes,
        kafkaSecurity: settings.kafkaSecurity,
      }),
      TimersModule.forService({ schema: NOTIFIER_SCHEMA }),
      PruningModule.forService({
        schema: NOTIFIER_SCHEMA,
        settings: settings.pruning,
        jobs: [
          ...messagingPruneJobs(NOTIFIER_SCHEMA, settings.pruning),
          notificationBodiesPruneJob(settings),
          staffDeliveriesPruneJob(settings),
          staffNoticesPruneJob(settings),
          endpointHealthPruneJob(NOTIFIER_SCHEMA),
        ],
      }),
    ],
    controllers: [
      ComplaintReceivedHandler,
      ComplaintLinkedHandler,
      AssignmentCreatedHandler,
      AssignmentEscalatedHandler,
      AssignmentBreachedHandler,
      AssignmentPausedHandler,
      RootCauseResolvedHandler,
      FollowUpCompletedHandler,
      CustomerErasedHandler,
      ListNotificationsHttpController,
      CompensationWhatIfHttpController,
      SatisfactionReportHttpController,
      ListCompensationsHttpController,
      DecideCompensationHttpController,
      GiveFeedbackHttpController,
      GetStatusHttpController,
      GetStatsHttpController,
      GetSupervisorHttpController,
      ManagePlaybooksHttpController,
      ListPlaybooksHttpController,
      RevokeSupervisorHttpController,
      AssignmentDeadlineApproachingHandler,
      RootCauseOpenedHandler,
      RootCauseIdentifiedHandler,
      ReviewDeadlineApproachingHandler,
      FollowUpAssignedHandler,
      FollowUpEscalatedHandler,
      StaffDirectoryHttpController,
      ListNoticesHttpController,
      ListStaffHttpController,
      GetAdminHttpController,
    ],
    providers: [
      EraseComplaintsService,
      RootCausePausesStore,
      { provide: NOTIFIER_SETTINGS, useValue: settings },
      IntakeClient,
      { provide: DELIVERY_CHANNEL, useClass: ChannelRouter },
      SupervisorGuard,
      NotifierReportReaderGuard,
      SatisfactionReportQuery,
      AdminGuard,
      NotificationScheduler,
      DeliveryJob,
      BudgetMetrics,
      RecordComplaintService,
      LinkComplaintService,
      RootCauseUpdatesHandler,
      CompensationService,
      CompensationMaxWaitHandler,
      FeedbackTokens,
      DecideCompensationService,
      GiveFeedbackService,
      PlaybookApplier,
      ManagePlaybooksService,
      ComplaintClosingHandler,
      StatusLinks,
      GetStatusQuery,
      StatusPageRateLimit,
      StaffGuard,
      StaffDirectoryService,
      StaffNotices,
      StaffNoticeRules,
      StaffSender,
      StaffDeliveryJob,
      StaffDigestHandler,
      ListCompensationsQuery,
      ListNoticesQuery,
      ListNotificationsQuery,
      ListPlaybooksQuery,
      GetStatsQuery,
    ],
  })
  class NotifierModule {}
  return NotifierModule;
}
