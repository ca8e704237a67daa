import { Module } from '@nestjs/common';
import { MessagingModule, messagingPruneJobs } from '@redress/messaging';
import {
  CallbackUrlCheck,
  DatabaseModule,
  DeadLettersModule,
  endpointHealthPruneJob,
  PruningModule,
  StaffDirectory,
} from '@redress/platform';
import { AdminGuard } from './auth/admin.guard';
import { ClientSystemGuard } from './auth/client-system.guard';
import { KnownClientKeys } from './auth/known-client-keys';
import { WebhookDeliveryJob } from './commands/deliver-webhooks/webhook-delivery.job';
import { SubscriptionHttpController } from './commands/manage-subscription/subscription.http.controller';
import { SearchComplaintsHttpController } from './queries/search-complaints/search-complaints.http.controller';
import { SearchComplaintsQueryHandler } from './queries/search-complaints/search-complaints.query';
import { StaffGuard } from './auth/staff.guard';
import { AddAttachmentHttpController } from './commands/add-attachment/add-attachment.http.controller';
import { AddAttachmentService } from './commands/add-attachment/add-attachment.service';
import { ChangeSequencerJob } from './commands/sequence-changes/change-sequencer.job';
import { RecordTimelineService } from './commands/record-timeline/record-timeline.service';
import { ClientKeysHttpController } from './commands/rotate-client-key/client-keys.http.controller';
import { RevokeClientKeyHttpController } from './commands/revoke-client-key/revoke-client-key.http.controller';
import { SubmitComplaintHttpController } from './commands/submit-complaint/submit-complaint.http.controller';
import { SubmitComplaintService } from './commands/submit-complaint/submit-complaint.service';
import { ComplaintErasure } from './commands/erase-customer/complaint-erasure.service';
import { EraseCustomerHttpController } from './commands/erase-customer/erase-customer.http.controller';
import { EraseCustomerService } from './commands/erase-customer/erase-customer.service';
import { RetentionSweepJob } from './commands/erase-customer/retention-sweep.job';
import { RecordErasureProgressService } from './commands/record-erasure-progress/record-erasure-progress.service';
import { ErasureProgressHandler } from './consumers/erasure-progress.handler';
import { ExportCustomerHttpController } from './queries/export-customer/export-customer.http.controller';
import { ExportCustomerQuery } from './queries/export-customer/export-customer.query';
import { GetErasureHttpController } from './queries/get-erasure/get-erasure.http.controller';
import { GetErasureQuery } from './queries/get-erasure/get-erasure.query';
import { INTAKE_SETTINGS, IntakeSettings } from './config/intake.settings';
import { TimelineHandler } from './consumers/timeline.handler';
import { ClientRateLimitGuard } from './http/client-rate-limit.guard';
import { InFlightLimit } from './http/in-flight-limit';
import { ComplaintStore } from './persistence/complaint.store';
import { intakeDataSourceSpec } from './persistence/intake.data-source';
import { clientChangesPruneJob, idempotencyKeysPruneJob, webhookDeliveriesPruneJob } from './persistence/retention';
import { INTAKE_SCHEMA } from './persistence/intake.schema';
import { GetComplaintHttpController } from './queries/get-complaint/get-complaint.http.controller';
import { GetComplaintQuery } from './queries/get-complaint/get-complaint.query';
import { AttachmentsQuery } from './queries/list-attachments/attachments.query';
import { ListAttachmentsHttpController } from './queries/list-attachments/list-attachments.http.controller';
import { StaffAttachmentsHttpController } from './queries/list-attachments/staff-attachments.http.controller';
import { GetAdminHttpController } from './queries/get-admin/get-admin.http.controller';
import { ListClientSystemsHttpController } from './queries/list-client-systems/list-client-systems.http.controller';
import { ListChangesHttpController } from './queries/list-changes/list-changes.http.controller';
import { ListChangesQueryHandler } from './queries/list-changes/list-changes.query';
import { ListDeliveriesHttpController } from './queries/list-deliveries/list-deliveries.http.controller';
import { ListDeliveriesQuery } from './queries/list-deliveries/list-deliveries.query';
import { ListComplaintsHttpController } from './queries/list-complaints/list-complaints.http.controller';
import { ListComplaintsQueryHandler } from './queries/list-complaints/list-complaints.query';
import { ServiceGuard } from './auth/service.guard';
import { CustomerWebhookHttpController } from './commands/deliver-customer-webhook/customer-webhook.http.controller';
import { CustomerWebhookService } from './commands/deliver-customer-webhook/customer-webhook.service';
import { GetContactHttpController } from './queries/get-contact/get-contact.http.controller';
import { GetContactQuery } from './queries/get-contact/get-contact.query';

export function intakeModule(settings: IntakeSettings) {
  @Module({
    imports: [
      DatabaseModule.forService({ ...intakeDataSourceSpec(settings.databaseUrl), timeouts: settings.databaseTimeouts }),
      DeadLettersModule.forService(settings),
      MessagingModule.forService({
        service: 'intake',
        schema: INTAKE_SCHEMA,
        brokers: settings.kafkaBrokers,
        maxBatchBytes: settings.outboxMaxBatchBytes,
        kafkaSecurity: settings.kafkaSecurity,
      }),
      PruningModule.forService({
        schema: INTAKE_SCHEMA,
        settings: settings.pruning,
        jobs: [
          ...messagingPruneJobs(INTAKE_SCHEMA, settings.pruning),
          idempotencyKeysPruneJob(settings),
          webhookDeliveriesPruneJob(settings),
          clientChangesPruneJob(settings),
          endpointHealthPruneJob(INTAKE_SCHEMA),
        ],
      }),
    ],
    controllers: [
      SubmitComplaintHttpController,
      ListComplaintsHttpController,
      ListChangesHttpController,
      GetComplaintHttpController,
      TimelineHandler,
      RevokeClientKeyHttpController,
      ClientKeysHttpController,
      GetAdminHttpController,
      ListClientSystemsHttpController,
      SubscriptionHttpController,
      ListDeliveriesHttpController,
      EraseCustomerHttpController,
      GetErasureHttpController,
      ExportCustomerHttpController,
      ErasureProgressHandler,
      AddAttachmentHttpController,
      ListAttachmentsHttpController,
      StaffAttachmentsHttpController,
      SearchComplaintsHttpController,
      GetContactHttpController,
      CustomerWebhookHttpController,
    ],
    providers: [
      { provide: INTAKE_SETTINGS, useValue: settings },
      { provide: CallbackUrlCheck, useValue: new CallbackUrlCheck(settings.callbackUrls) },
      ClientSystemGuard,
      KnownClientKeys,
      AdminGuard,
      ClientRateLimitGuard,
      ComplaintStore,
      InFlightLimit,
      SubmitComplaintService,
      RecordTimelineService,
      GetComplaintQuery,
      ListComplaintsQueryHandler,
      ListChangesQueryHandler,
      ListDeliveriesQuery,
      ChangeSequencerJob,
      WebhookDeliveryJob,
      ComplaintErasure,
      RetentionSweepJob,
      EraseCustomerService,
      GetErasureQuery,
      ExportCustomerQuery,
      RecordErasureProgressService,
      { provide: StaffDirectory, useValue: new StaffDirectory(settings.staffDirectory) },
      StaffGuard,
      AddAttachmentService,
      AttachmentsQuery,
      SearchComplaintsQueryHandler,
      ServiceGuard,
      GetContactQuery,
      CustomerWebhookService,
    ],
  })
  class IntakeModule {}
  return IntakeModule;
}
