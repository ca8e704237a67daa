/**
 * One endpoint's circuit: closed while it answers; open after `failures` consecutive failures, when nothing is sent
 * to it; after `cooldownMs` half-open, when one message probes it: a success closes it, a failure opens it again.
 * Pure; the clock is a parameter.
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openUntil: number | null = null;
  private probing = false;

  constructor(
    private readonly failures: number,
    private readonly cooldownMs: number,
  ) {}

  /** How many messages may go now, at most `limit`: none while open, one probe when half-open. */
  allowance(now: number, limit: number): number {
    if (this.openUntil === null) return limit;
    if (now < this.openUntil || this.probing) return 0;
    return 1;
  }

  /** A message is on its way; when half-open it is the probe. */
  sending(now: number): void {
    if (this.openUntil !== null && now >= this.openUntil) this.probing = true;
  }

  succeeded(): void {
    this.consecutiveFailures = 0;
    this.openUntil = null;
    this.probing = false;
  }

  failed(now: number): void {
    this.consecutiveFailures++;
    if (this.probing || this.consecutiveFailures >= this.failures) {
      this.openUntil = now + this.cooldownMs;
      this.probing = false;
    }
  }

  get isOpen(): boolean {
    return this.openUntil !== null;
  }
}
