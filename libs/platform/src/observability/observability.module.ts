import { DynamicModule, Module, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { collectDefaultMetrics, register } from 'prom-client';
import { ServiceSettings } from '../config/settings';
import { BrokerHealthIndicator } from './broker.health';
import { ConsumerHealthIndicator } from './consumer.health';
import { DatabaseHealthIndicator } from './database.health';
import { HealthController } from './health.controller';
import { loggerParams } from './logging';
import { MetricsController } from './metrics.controller';
import { OBSERVED_SERVICE } from './observed-service';
import { ReadinessMetrics } from './readiness.metrics';

/** JSON logs, /health/live, /health/ready and /metrics for one service. Needs a `DataSource` provider in scope. */
@Module({})
export class ObservabilityModule {
  static forService(settings: ServiceSettings, logger: Logger): DynamicModule {
    register.setDefaultLabels({ service: settings.service });
    // Process metrics (CPU, memory, event loop lag, GC), once per process.
    if (!register.getSingleMetric('process_cpu_seconds_total')) collectDefaultMetrics();
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(logger)), TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: OBSERVED_SERVICE, useValue: settings },
        DatabaseHealthIndicator,
        BrokerHealthIndicator,
        ConsumerHealthIndicator,
        ReadinessMetrics,
      ],
    };
  }
}

/** The service's module with observability beside it: what `runService` starts. */
export function withObservability(module: Type<unknown>, settings: ServiceSettings, logger: Logger): Type<unknown> {
  @Module({ imports: [module, ObservabilityModule.forService(settings, logger)] })
  class ObservedService {}
  return ObservedService;
}
