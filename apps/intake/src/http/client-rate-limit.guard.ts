import { CanActivate, ExecutionContext, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { TokenBuckets } from '@redress/platform';
import { Counter } from 'prom-client';
import type { ClientSystem } from '../auth/client-system.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../config/intake.settings';

const limited = new Counter({
  name: 'redress_intake_rate_limited_total',
  help: 'Requests refused with 429 because their client system was over INTAKE_RATE_LIMIT',
  labelNames: ['client'] as const,
});

/**
 * INTAKE_RATE_LIMIT per client system, so one client posting flat out cannot take the others' share of
 * INTAKE_MAX_IN_FLIGHT: over its limit it gets 429 with Retry-After (whole seconds). Runs after ClientSystemGuard:
 * only authenticated clients get a bucket, so a flood of made-up keys cannot grow the map.
 */
@Injectable()
export class ClientRateLimitGuard implements CanActivate {
  private readonly buckets: TokenBuckets | null;

  constructor(@Inject(INTAKE_SETTINGS) settings: Pick<IntakeSettings, 'rateLimit'>) {
    this.buckets = settings.rateLimit && new TokenBuckets(settings.rateLimit);
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.buckets) return true;
    const http = context.switchToHttp();
    const client = http.getRequest<{ clientSystem?: ClientSystem }>().clientSystem;
    if (!client) throw new Error('ClientRateLimitGuard must run after ClientSystemGuard');
    const waitMs = this.buckets.take(client.id, performance.now());
    if (waitMs === 0) return true;
    limited.inc({ client: client.name });
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    http.getResponse<FastifyReply>().header('retry-after', String(seconds));
    throw new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: `This API key is over its rate limit; retry after ${seconds} s`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
