import { SpikeDetection } from './commands/link-complaint/spike-detection.service';
import { TriageReportReaderGuard } from './auth/report-reader.guard';
import { CategoryReportHttpController } from './queries/category-report/category-report.http.controller';
import { CategoryReportQuery } from './queries/category-report/category-report.query';
import { Module } from '@nestjs/common';
import { MessagingModule, messagingPruneJobs } from '@redress/messaging';
import { DatabaseModule, DeadLettersModule, PruningModule } from '@redress/platform';
import { TimersModule } from '@redress/timers';
import { CommitteeMemberGuard } from './auth/committee-member.guard';
import { CastVoteHttpController } from './commands/cast-vote/cast-vote.http.controller';
import { CastVoteService } from './commands/cast-vote/cast-vote.service';
import { DecideRootCauseHttpController } from './commands/decide-root-cause/decide-root-cause.http.controller';
import { DecideRootCauseService } from './commands/decide-root-cause/decide-root-cause.service';
import { LinkComplaintService } from './commands/link-complaint/link-complaint.service';
import { Recurrence } from './commands/link-complaint/recurrence.service';
import { ClusterDetection } from './commands/link-complaint/cluster-detection.service';
import { ManageCommitteeHttpController } from './commands/manage-committee/manage-committee.http.controller';
import { ManageCommitteeService } from './commands/manage-committee/manage-committee.service';
import { MergeRelinkHandler } from './commands/merge-root-causes/merge-relink.handler';
import { MergeRootCausesHttpController } from './commands/merge-root-causes/merge-root-causes.http.controller';
import { MergeRootCausesService } from './commands/merge-root-causes/merge-root-causes.service';
import { MoveComplaintHttpController } from './commands/move-complaint/move-complaint.http.controller';
import { MoveComplaintService } from './commands/move-complaint/move-complaint.service';
import { ResolveRootCauseService } from './commands/resolve-root-cause/resolve-root-cause.service';
import { ReviewDeadlineHandler } from './commands/review-root-cause/review-deadline.handler';
import { ReviewReminderHandler } from './commands/review-root-cause/review-reminder.handler';
import { RootCauseReview } from './commands/review-root-cause/root-cause-review.service';
import { TRIAGE_SETTINGS, TriageSettings } from './config/triage.settings';
import { EraseComplaintsService } from './commands/erase-complaints/erase-complaints.service';
import { ComplaintReceivedHandler } from './consumers/complaint-received.handler';
import { CustomerErasedHandler } from './consumers/customer-erased.handler';
import { RootCauseResolvedHandler } from './consumers/root-cause-resolved.handler';
import { triageDataSourceSpec } from './persistence/triage.data-source';
import { TRIAGE_SCHEMA } from './persistence/triage.schema';
import { GetAgendaHttpController } from './queries/get-agenda/get-agenda.http.controller';
import { GetAgendaQuery } from './queries/get-agenda/get-agenda.query';
import { FixEffectivenessQuery } from './queries/fix-effectiveness/fix-effectiveness.query';
import { GetRootCauseHttpController } from './queries/get-root-cause/get-root-cause.http.controller';
import { GetRootCauseQuery } from './queries/get-root-cause/get-root-cause.query';
import { GetTrendsHttpController } from './queries/get-trends/get-trends.http.controller';
import { ListDepartmentsHttpController } from './queries/list-departments/list-departments.http.controller';
import { GetTrendsQuery } from './queries/get-trends/get-trends.query';
import { ListRootCausesHttpController } from './queries/list-root-causes/list-root-causes.http.controller';
import { ListRootCausesQuery } from './queries/list-root-causes/list-root-causes.query';

export function triageModule(settings: TriageSettings) {
  @Module({
    imports: [
      DatabaseModule.forService({ ...triageDataSourceSpec(settings.databaseUrl), timeouts: settings.databaseTimeouts }),
      DeadLettersModule.forService(settings),
      MessagingModule.forService({
        service: 'triage',
        schema: TRIAGE_SCHEMA,
        brokers: settings.kafkaBrokers,
        maxBatchBytes: settings.outboxMaxBatchBytes,
        kafkaSecurity: settings.kafkaSecurity,
      }),
      TimersModule.forService({ schema: TRIAGE_SCHEMA }),
      PruningModule.forService({
        schema: TRIAGE_SCHEMA,
        settings: settings.pruning,
        jobs: messagingPruneJobs(TRIAGE_SCHEMA, settings.pruning),
      }),
    ],
    controllers: [
      CategoryReportHttpController,
      ComplaintReceivedHandler,
      CustomerErasedHandler,
      RootCauseResolvedHandler,
      GetAgendaHttpController,
      ListRootCausesHttpController,
      GetRootCauseHttpController,
      CastVoteHttpController,
      DecideRootCauseHttpController,
      MoveComplaintHttpController,
      MergeRootCausesHttpController,
      ManageCommitteeHttpController,
      GetTrendsHttpController,
      ListDepartmentsHttpController,
    ],
    providers: [
      EraseComplaintsService,
      { provide: TRIAGE_SETTINGS, useValue: settings },
      CommitteeMemberGuard,
      TriageReportReaderGuard,
      CategoryReportQuery,
      SpikeDetection,
      RootCauseReview,
      LinkComplaintService,
      Recurrence,
      ClusterDetection,
      FixEffectivenessQuery,
      ReviewDeadlineHandler,
      ReviewReminderHandler,
      CastVoteService,
      DecideRootCauseService,
      MoveComplaintService,
      MergeRootCausesService,
      MergeRelinkHandler,
      ManageCommitteeService,
      ResolveRootCauseService,
      GetAgendaQuery,
      ListRootCausesQuery,
      GetRootCauseQuery,
      GetTrendsQuery,
    ],
  })
  class TriageModule {}
  return TriageModule;
}
