import { Module } from '@nestjs/common';
import { MessagingModule } from '@redress/messaging';
import { DatabaseModule, HealthController } from '@redress/platform';
import { CreateAssignmentService } from './commands/create-assignment/create-assignment.service';
import { ESCALATION_SETTINGS, EscalationSettings } from './config/escalation.settings';
import { RootCauseIdentifiedConsumer } from './consumers/root-cause-identified.consumer';
import { escalationDataSourceSpec } from './persistence/escalation.data-source';
import { ESCALATION_SCHEMA } from './persistence/escalation.schema';

export function escalationModule(settings: EscalationSettings) {
  @Module({
    imports: [
      DatabaseModule.forService(escalationDataSourceSpec(settings.databaseUrl)),
      MessagingModule.forService({ service: 'escalation', schema: ESCALATION_SCHEMA, brokers: settings.kafkaBrokers }),
    ],
    controllers: [HealthController, RootCauseIdentifiedConsumer],
    providers: [{ provide: ESCALATION_SETTINGS, useValue: settings }, CreateAssignmentService],
  })
  class EscalationModule {}
  return EscalationModule;
}
