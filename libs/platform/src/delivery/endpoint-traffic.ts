import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EndpointHealth, EndpointHealthStore } from './endpoint-health.store';

/** How long a replica trusts its copy of the shared circuits before reading them again. */
export const ENDPOINT_HEALTH_CACHE_MS = 1000;

export interface EndpointTrafficOptions {
  /** Messages one replica sends to one endpoint at a time. */
  limit: number;
  /** Consecutive failures (on all replicas together) that open an endpoint's circuit. */
  breakerFailures: number;
  /** How long an open circuit waits before one replica probes it. */
  breakerCooldownMs: number;
  /** How long a probe is reserved for its replica: past it (a crash mid-probe), another replica may probe. */
  probeLeaseMs: number;
  /** The service's `endpoint_health`, shared by its replicas. */
  store: EndpointHealthStore;
  /** Told how many circuits are open whenever that may have changed, for the service's own gauge. */
  onOpenCircuits?: (count: number) => void;
  cacheMs?: number;
}

/**
 * What a replica sends to each endpoint (the notifier's SMTP server, SMS gateway and webhook hosts; a client system's
 * subscription at intake). The messages on the wire are counted per replica (N replicas may together send N times the
 * limit); the circuit breakers are shared by all replicas through EndpointHealthStore: the replicas' failures add up,
 * a circuit opens once for all of them, one replica probes it after the cooldown, and its success closes it for all.
 * The replica reads the circuits at most once a second and learns of changes at once from its own sends; a success
 * costs a database write only when the endpoint is known to have failed. The leases, not this, keep a message from
 * being sent twice.
 */
export class EndpointTraffic {
  private readonly logger = new Logger('delivery');
  private readonly replica = randomUUID();
  private readonly inFlight = new Map<string, number>();
  /** The shared circuits as last read (endpoints that failed since they last answered), and when they were read. */
  private circuits = new Map<string, EndpointHealth>();
  private readAt = Number.NEGATIVE_INFINITY;
  /** Half-open endpoints this replica holds the probe of: `won` until the probe is on the wire, then `sent`. */
  private readonly probes = new Map<string, 'won' | 'sent'>();
  /** Half-open endpoints whose probe another replica took: not asked again until the next read. */
  private readonly probedElsewhere = new Set<string>();
  /** Endpoints this replica saw fail since the last read: a success must reset them. */
  private readonly failedHere = new Set<string>();

  constructor(private readonly options: EndpointTrafficOptions) {}

  get limit(): number {
    return this.options.limit;
  }

  /**
   * The endpoints that may take fewer than `limit` messages now; 0 for those that take none. Reads the shared
   * circuits when the copy is stale, and tries to take the probe of each endpoint whose cooldown has passed.
   */
  async allowances(): Promise<Map<string, number>> {
    await this.refresh();
    const now = Date.now();
    for (const circuit of this.circuits.values()) {
      if (!this.halfOpen(circuit, now) || this.probes.has(circuit.key) || this.probedElsewhere.has(circuit.key))
        continue;
      const taken = await this.options.store
        .claimProbe(circuit.key, this.replica, this.options.probeLeaseMs)
        .catch((error: Error) => this.warn('taking a probe', error, false));
      if (taken) this.probes.set(circuit.key, 'won');
      else this.probedElsewhere.add(circuit.key);
    }
    const allowances = new Map<string, number>();
    for (const key of new Set([...this.inFlight.keys(), ...this.circuits.keys()])) {
      const allowance = this.allowance(key) - (this.inFlight.get(key) ?? 0);
      if (allowance < this.limit) allowances.set(key, Math.max(0, allowance));
    }
    return allowances;
  }

  /** Whether nothing more may go to `key` now: its circuit is open, or half-open with the probe on the wire or elsewhere. */
  paused(key: string): boolean {
    return this.allowance(key) === 0;
  }

  /** A message is on its way; when this replica holds the endpoint's probe, it is the probe. */
  sending(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    if (this.probes.get(key) === 'won') this.probes.set(key, 'sent');
  }

  async succeeded(key: string): Promise<void> {
    this.done(key);
    this.probes.delete(key);
    if (!this.circuits.has(key) && !this.failedHere.has(key)) return;
    this.circuits.delete(key);
    this.failedHere.delete(key);
    this.countOpenCircuits();
    const closed = await this.options.store
      .succeeded(key)
      .catch((error: Error) => this.warn('a success', error, false));
    if (closed) this.logger.log(`${key} answers again: circuit closed`);
  }

  async failed(key: string): Promise<void> {
    this.done(key);
    this.probes.delete(key);
    this.failedHere.add(key);
    const { breakerFailures, breakerCooldownMs } = this.options;
    const result = await this.options.store
      .failed(key, breakerFailures, breakerCooldownMs)
      .catch((error: Error) => this.warn('a failure', error, null));
    if (!result) return;
    this.circuits.set(key, result.health);
    this.countOpenCircuits();
    if (result.opened)
      this.logger.warn(`${key} keeps failing: circuit open, its messages wait ${breakerCooldownMs} ms for a probe`);
  }

  /** A send that says nothing about the endpoint (a destination refused by policy): a probe it was goes back. */
  async released(key: string): Promise<void> {
    this.done(key);
    if (this.probes.get(key) !== 'sent') return;
    this.probes.delete(key);
    await this.options.store
      .releaseProbe(key, this.replica)
      .catch((error: Error) => this.warn('releasing a probe', error, undefined));
  }

  /** Gives back the probes taken by `allowances` that no message used (nothing was due for those endpoints). */
  async releaseUnusedProbes(): Promise<void> {
    for (const [key, state] of [...this.probes]) {
      if (state !== 'won') continue;
      this.probes.delete(key);
      await this.options.store
        .releaseProbe(key, this.replica)
        .catch((error: Error) => this.warn('releasing a probe', error, undefined));
    }
  }

  /** Whether `key`'s circuit is open now (a half-open one counts as open until its probe succeeds). */
  isOpen(key: string): boolean {
    return this.circuits.get(key)?.openUntil != null;
  }

  private allowance(key: string): number {
    const circuit = this.circuits.get(key);
    if (circuit?.openUntil == null) return this.limit;
    const probe = this.probes.get(key);
    if (probe) return probe === 'won' ? 1 : 0;
    return 0;
  }

  private halfOpen(circuit: EndpointHealth, now: number): boolean {
    return (
      circuit.openUntil !== null &&
      circuit.openUntil <= now &&
      (circuit.probeUntil === null || circuit.probeUntil <= now || circuit.prober === this.replica)
    );
  }

  private async refresh(): Promise<void> {
    if (Date.now() - this.readAt < (this.options.cacheMs ?? ENDPOINT_HEALTH_CACHE_MS)) return;
    const circuits = await this.options.store.snapshot().catch((error: Error) => this.warn('reading', error, null));
    if (!circuits) return;
    this.circuits = new Map(circuits.map((circuit) => [circuit.key, circuit]));
    this.readAt = Date.now();
    this.probedElsewhere.clear();
    this.failedHere.clear();
    // A probe this replica took that the table no longer shows (closed meanwhile, or pruned) is nothing to hold.
    for (const key of this.probes.keys()) if (!this.circuits.has(key)) this.probes.delete(key);
    this.countOpenCircuits();
  }

  private countOpenCircuits(): void {
    this.options.onOpenCircuits?.([...this.circuits.values()].filter((circuit) => circuit.openUntil !== null).length);
  }

  /** The breakers are a protection, not a condition of sending: a database hiccup costs a warning, not the send. */
  private warn<T>(what: string, error: Error, fallback: T): T {
    this.logger.warn(`circuit breakers: ${what} not recorded: ${error.message}`);
    return fallback;
  }

  private done(key: string): void {
    const left = (this.inFlight.get(key) ?? 1) - 1;
    if (left > 0) this.inFlight.set(key, left);
    else this.inFlight.delete(key);
  }
}
