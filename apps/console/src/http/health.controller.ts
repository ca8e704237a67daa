import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONSOLE_SETTINGS, ConsoleSettings, UpstreamUrls } from '../config/console.settings';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Liveness (the process answers) and readiness (so do the four services its pages are made of, and its database,
 * without which no signed-in page is served: see RevokedSessions).
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(CONSOLE_SETTINGS) private readonly settings: ConsoleSettings,
    private readonly dataSource: DataSource,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    const services = (Object.entries(this.settings.upstream) as [keyof UpstreamUrls, string][]).map(
      async ([service, url]) => {
        const up = await fetch(`${url}/health/live`, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) }).then(
          (response) => response.ok,
          () => false,
        );
        return [service, up] as const;
      },
    );
    const database = this.dataSource.query('SELECT 1').then(
      () => ['database', true] as const,
      () => ['database', false] as const,
    );
    const checks = await Promise.all([...services, database]);
    const details = Object.fromEntries(checks.map(([name, up]) => [name, { status: up ? 'up' : 'down' }]));
    if (checks.some(([, up]) => !up)) throw new ServiceUnavailableException({ status: 'error', details });
    return { status: 'ok', details };
  }
}
