import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { ServiceSettings } from '../config/settings';
import { OBSERVED_SERVICE } from './observed-service';

const TIMEOUT_MS = 2000;

/** The broker is reachable if it answers a metadata request in time; one admin connection, reopened after a failure. */
@Injectable()
export class BrokerHealthIndicator implements OnModuleDestroy {
  private admin?: Admin;

  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(OBSERVED_SERVICE) private readonly settings: ServiceSettings,
  ) {}

  check() {
    return this.health
      .check('broker')
      .attempt(async () => {
        try {
          const { brokers } = await (await this.connected()).describeCluster();
          return { brokers: brokers.length };
        } catch (error) {
          await this.reset();
          throw error;
        }
      })
      .withTimeout(TIMEOUT_MS);
  }

  async onModuleDestroy(): Promise<void> {
    await this.reset();
  }

  private async connected(): Promise<Admin> {
    if (!this.admin) {
      const kafka = new Kafka({
        clientId: `${this.settings.service}-health`,
        brokers: this.settings.kafkaBrokers,
        ...this.settings.kafkaSecurity,
        connectionTimeout: TIMEOUT_MS,
        requestTimeout: TIMEOUT_MS,
        retry: { retries: 0 },
        // A failure is reported in the readiness answer; kafkajs' own retry chatter would only repeat it.
        logLevel: logLevel.NOTHING,
      });
      this.admin = kafka.admin();
      await this.admin.connect();
    }
    return this.admin;
  }

  private async reset(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }
}
