import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Counter } from 'prom-client';
import { INTAKE_SETTINGS, IntakeSettings } from '../config/intake.settings';

const shed = new Counter({
  name: 'redress_intake_shed_total',
  help: 'Complaints refused with 503 because intake was at capacity',
});

/** How long a refused client system is asked to wait: about the time a burst takes to drain. */
const RETRY_AFTER_SECONDS = 1;

/**
 * Sheds load instead of queueing it: past INTAKE_MAX_IN_FLIGHT complaints being written at once, a POST is refused
 * at once with 503 and Retry-After, so the complaints accepted keep a short answer time and nothing waits in a
 * queue the client system has stopped listening to. Client systems retry, and the Idempotency-Key makes that safe.
 * A wrapper the handler calls rather than a Nest interceptor, which would put every request through rxjs: that
 * cost intake about a twelfth of its CPU under a burst.
 */
@Injectable()
export class InFlightLimit {
  private inFlight = 0;

  constructor(@Inject(INTAKE_SETTINGS) private readonly settings: Pick<IntakeSettings, 'maxInFlight'>) {}

  async admit<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.settings.maxInFlight) {
      shed.inc();
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      throw new ServiceUnavailableException(
        `Intake is at capacity; retry after ${RETRY_AFTER_SECONDS} s with the same Idempotency-Key`,
      );
    }
    this.inFlight += 1;
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
    }
  }
}
