import { DynamicModule, Module } from '@nestjs/common';
import { DeadLetterStore } from '@redress/messaging';
import { Kafka, logLevel } from 'kafkajs';
import type { ServiceSettings } from '../config/settings';
import { DEAD_LETTER_STORE, DeadLettersHttpController } from './dead-letters.http.controller';
import { OPS_TOKEN_HASHES, OpsGuard } from './ops-tokens';

/**
 * `GET /dead-letters`, their replay and `GET /ops/me` on a service, for the ops role. Every read and replay connects
 * its own short-lived clients, so a service nobody asks opens no extra connection.
 */
@Module({})
export class DeadLettersModule {
  static forService(settings: ServiceSettings): DynamicModule {
    const kafka = new Kafka({
      clientId: `${settings.service}-dead-letters`,
      brokers: settings.kafkaBrokers,
      ...settings.kafkaSecurity,
      logLevel: logLevel.NOTHING,
    });
    return {
      module: DeadLettersModule,
      controllers: [DeadLettersHttpController],
      providers: [
        { provide: DEAD_LETTER_STORE, useFactory: () => new DeadLetterStore(kafka, settings.service) },
        { provide: OPS_TOKEN_HASHES, useValue: settings.opsTokenHashes },
        OpsGuard,
      ],
    };
  }
}

/** What each service's OpenAPI document adds for these routes: their tag and the ops token. */
export const DEAD_LETTERS_API_TAG = {
  operations: "The service's dead letters and their replay, for the ops role (docs/dead-letters.md)",
};
export const OPS_API_AUTH = {
  type: 'http',
  scheme: 'bearer',
  description: 'An ops token (`npm run ops:token`), listed by its SHA-256 in OPS_TOKEN_HASHES on every service',
} as const;
