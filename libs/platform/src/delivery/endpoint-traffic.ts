import { Logger } from '@nestjs/common';
import { CircuitBreaker } from './circuit-breaker';

/**
 * What this replica sends to each endpoint (the notifier's SMTP server, SMS gateway and webhook hosts; a client
 * system's subscription URL at intake): how many messages are
 * on the wire, and the endpoint's circuit breaker. Per replica: N replicas may together send N times the limit to an
 * endpoint and each learns of an outage by itself; the leases, not this, keep a message from being sent twice.
 */
export class EndpointTraffic {
  private readonly logger = new Logger('delivery');
  private readonly inFlight = new Map<string, number>();
  /** Only endpoints that failed since they last answered: a success forgets the breaker. */
  private readonly breakers = new Map<string, CircuitBreaker>();

  constructor(
    readonly limit: number,
    private readonly breakerFailures: number,
    private readonly breakerCooldownMs: number,
    private readonly clock: () => number = Date.now,
    /** Told how many circuits are open after each change, for the service's own gauge. */
    private readonly onOpenCircuits: (count: number) => void = () => {},
  ) {}

  /** The endpoints that may take fewer than `limit` messages now; 0 for those that take none. */
  allowances(): Map<string, number> {
    const now = this.clock();
    const allowances = new Map<string, number>();
    for (const key of new Set([...this.inFlight.keys(), ...this.breakers.keys()])) {
      const allowance =
        (this.breakers.get(key)?.allowance(now, this.limit) ?? this.limit) - (this.inFlight.get(key) ?? 0);
      if (allowance < this.limit) allowances.set(key, Math.max(0, allowance));
    }
    return allowances;
  }

  sending(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    this.breakers.get(key)?.sending(this.clock());
  }

  succeeded(key: string): void {
    if (this.breakers.get(key)?.isOpen) this.logger.log(`${key} answers again: circuit closed`);
    this.breakers.delete(key);
    this.countOpenCircuits();
    this.done(key);
  }

  failed(key: string): void {
    let breaker = this.breakers.get(key);
    if (!breaker) this.breakers.set(key, (breaker = new CircuitBreaker(this.breakerFailures, this.breakerCooldownMs)));
    const wasOpen = breaker.isOpen;
    breaker.failed(this.clock());
    if (breaker.isOpen && !wasOpen)
      this.logger.warn(
        `${key} keeps failing: circuit open, its messages wait ${this.breakerCooldownMs} ms for a probe`,
      );
    this.countOpenCircuits();
    this.done(key);
  }

  /** A send that says nothing about the endpoint (a destination refused by policy). */
  released(key: string): void {
    this.done(key);
  }

  /** Whether `key`'s circuit is open now (a half-open one counts as open until its probe succeeds). */
  isOpen(key: string): boolean {
    return this.breakers.get(key)?.isOpen ?? false;
  }

  private countOpenCircuits(): void {
    this.onOpenCircuits([...this.breakers.values()].filter((breaker) => breaker.isOpen).length);
  }

  private done(key: string): void {
    const left = (this.inFlight.get(key) ?? 1) - 1;
    if (left > 0) this.inFlight.set(key, left);
    else this.inFlight.delete(key);
  }
}
