import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { CONSOLE_SETTINGS, ConsoleSettings, UpstreamUrls } from '../config/console.settings';

const CHECK_TIMEOUT_MS = 2_000;

/** Liveness (the process answers) and readiness (so do the four services its pages are made of). */
@Controller('health')
export class HealthController {
  constructor(@Inject(CONSOLE_SETTINGS) private readonly settings: ConsoleSettings) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    const entries = await Promise.all(
      (Object.entries(this.settings.upstream) as [keyof UpstreamUrls, string][]).map(async ([service, url]) => {
        const up = await fetch(`${url}/health/live`, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) }).then(
          (response) => response.ok,
          () => false,
        );
        return [service, { status: up ? 'up' : 'down' }] as const;
      }),
    );
    const details = Object.fromEntries(entries);
    if (entries.some(([, check]) => check.status === 'down')) throw new ServiceUnavailableException({ status: 'error', details });
    return { status: 'ok', details };
  }
}
