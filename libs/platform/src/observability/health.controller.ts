import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { BrokerHealthIndicator } from './broker.health';
import { ConsumerHealthIndicator } from './consumer.health';
import { DatabaseHealthIndicator } from './database.health';

/**
 * Liveness (the process answers) and readiness (its database and broker do too, and its consumer is not held up by an
 * outage), for orchestrators and the tests.
 */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly broker: BrokerHealthIndicator,
    private readonly consumer: ConsumerHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.check(), () => this.broker.check(), () => this.consumer.check()]);
  }
}
