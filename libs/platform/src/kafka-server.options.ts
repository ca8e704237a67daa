import { KafkaOptions, Transport } from '@nestjs/microservices';
import { kafkaLogCreator } from '@redress/messaging';
import { logLevel, Partitioners } from 'kafkajs';
import { ServiceSettings } from './config/settings';
import { KAFKA_GROUP_POSTFIX } from './kafka-group';

/**
 * Consumer settings that suit both real Kafka and the embedded mock broker (see INFRA.md): short fetch waits,
 * the broker's minimum session timeout, reading a new group from the beginning (the inbox makes that harmless),
 * and raw message values so the contracts library alone parses them.
 */
export function kafkaServerOptions(settings: ServiceSettings): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      postfixId: KAFKA_GROUP_POSTFIX,
      client: {
        clientId: settings.service,
        brokers: settings.kafkaBrokers,
        ...settings.kafkaSecurity,
        logLevel: logLevel.WARN,
        logCreator: kafkaLogCreator,
      },
      consumer: {
        groupId: settings.kafkaGroupId,
        sessionTimeout: 6000,
        heartbeatInterval: 2000,
        maxWaitTimeInMs: 50,
        minBytes: 1,
        allowAutoTopicCreation: false,
      },
      subscribe: { fromBeginning: true },
      run: { partitionsConsumedConcurrently: 3 },
      producer: { allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner },
      parser: { keepBinary: true },
    },
  };
}
