import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { Gauge, register } from 'prom-client';
import { BrokerHealthIndicator } from './broker.health';
import { DatabaseHealthIndicator } from './database.health';

const NAME = 'redress_dependency_up';

/**
 * The readiness checks as a metric, run at scrape time: Prometheus can alert on a service that is up but cannot
 * reach its broker, which `up` alone does not show. One `SELECT 1` and one metadata request per scrape.
 */
@Injectable()
export class ReadinessMetrics implements OnModuleInit, OnModuleDestroy {
  constructor(
    private readonly database: DatabaseHealthIndicator,
    private readonly broker: BrokerHealthIndicator,
  ) {}

  onModuleInit(): void {
    const checks = { database: () => this.database.check(), broker: () => this.broker.check() };
    new Gauge({
      name: NAME,
      help: 'Whether the dependency a readiness check looks at answers (1) or not (0), as /health/ready sees it',
      labelNames: ['dependency'] as const,
      async collect() {
        await Promise.all(
          Object.entries(checks).map(async ([dependency, check]) =>
            this.set({ dependency }, isUp(await check()) ? 1 : 0),
          ),
        );
      },
    });
  }

  onModuleDestroy(): void {
    register.removeSingleMetric(NAME);
  }
}

function isUp(result: HealthIndicatorResult): boolean {
  return Object.values(result).every((indicator) => indicator.status === 'up');
}
