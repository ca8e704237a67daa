import { Module } from '@nestjs/common';
import { MessagingModule } from '@redress/messaging';
import { DatabaseModule, HealthController } from '@redress/platform';
import { LinkComplaintService } from './commands/link-complaint/link-complaint.service';
import { TRIAGE_SETTINGS, TriageSettings } from './config/triage.settings';
import { ComplaintReceivedConsumer } from './consumers/complaint-received.consumer';
import { triageDataSourceSpec } from './persistence/triage.data-source';
import { TRIAGE_SCHEMA } from './persistence/triage.schema';

export function triageModule(settings: TriageSettings) {
  @Module({
    imports: [
      DatabaseModule.forService(triageDataSourceSpec(settings.databaseUrl)),
      MessagingModule.forService({ service: 'triage', schema: TRIAGE_SCHEMA, brokers: settings.kafkaBrokers }),
    ],
    controllers: [HealthController, ComplaintReceivedConsumer],
    providers: [{ provide: TRIAGE_SETTINGS, useValue: settings }, LinkComplaintService],
  })
  class TriageModule {}
  return TriageModule;
}
