import { Module } from '@nestjs/common';
import { MessagingModule } from '@redress/messaging';
import { DatabaseModule, HealthController } from '@redress/platform';
import { DELIVERY_CHANNEL } from './channels/delivery-channel';
import { LogDeliveryChannel } from './channels/log-delivery.channel';
import { AcknowledgeComplaintService } from './commands/acknowledge-complaint/acknowledge-complaint.service';
import { NotifierSettings } from './config/notifier.settings';
import { ComplaintReceivedConsumer } from './consumers/complaint-received.consumer';
import { notifierDataSourceSpec } from './persistence/notifier.data-source';
import { NOTIFIER_SCHEMA } from './persistence/notifier.schema';

export function notifierModule(settings: NotifierSettings) {
  @Module({
    imports: [
      DatabaseModule.forService(notifierDataSourceSpec(settings.databaseUrl)),
      MessagingModule.forService({ service: 'notifier', schema: NOTIFIER_SCHEMA, brokers: settings.kafkaBrokers }),
    ],
    controllers: [HealthController, ComplaintReceivedConsumer],
    providers: [{ provide: DELIVERY_CHANNEL, useClass: LogDeliveryChannel }, AcknowledgeComplaintService],
  })
  class NotifierModule {}
  return NotifierModule;
}
