import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

const TIMEOUT_MS = 2000;

/**
 * The service's own DataSource answers `SELECT 1` in time. (Terminus' TypeOrmHealthIndicator needs
 * @nestjs/typeorm, which Redress does without: DatabaseModule provides the DataSource itself.)
 */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  check() {
    return this.health
      .check('database')
      .attempt(async () => {
        await this.dataSource.query('SELECT 1');
      })
      .withTimeout(TIMEOUT_MS);
  }
}
