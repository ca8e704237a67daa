import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import {
  DestinationPolicy,
  EndpointHealthStore,
  EndpointTraffic,
  OutboundHttp,
  RefusedDestination,
} from '@redress/platform';
import { DataSource } from 'typeorm';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { webhookBody } from '../../domain/webhook-event';
import { INTAKE_SCHEMA } from '../../persistence/intake.schema';
import { planWebhookRetry } from '../../domain/webhook-retry';
import {
  deriveSigningSecret,
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  signatureHeader,
} from '../../domain/webhook-signature';
import {
  AttemptOutcome,
  ClaimedDelivery,
  claimDeliveries,
  dispatchChanges,
  recordAttempt,
  releaseDeliveries,
} from '../../persistence/webhook-delivery.store';
import { webhookAttempts, webhookCircuitsOpen } from './webhook.metrics';

/** Deliveries one round claims, and at most this many per subscription (one per complaint). */
const CLAIM_SIZE = 100;
const PER_SUBSCRIPTION = 20;

/**
 * Sends subscriptions their deliveries. Every replica runs it: each round turns new feed changes into deliveries
 * (dispatchChanges), claims due ones with a lease (at most one per complaint: the earliest still pending), and POSTs
 * them signed, so a complaint's events arrive in feed order. A subscription whose endpoint keeps failing has its circuit
 * opened (EndpointTraffic, shared by the replicas in intake.endpoint_health): its deliveries wait, without attempts
 * counted, until one replica's probe succeeds.
 */
@Injectable()
export class WebhookDeliveryJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('webhooks');
  private readonly http: OutboundHttp;
  private readonly traffic: EndpointTraffic;
  /** The longest one send can take: resolving, then connecting, then the answer. */
  private readonly worstSendMs: number;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private round: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {
    const webhooks = settings.webhooks;
    this.http = new OutboundHttp(new DestinationPolicy(settings.callbackUrls.allowed), {
      connectMs: webhooks.connectTimeoutMs,
      responseMs: webhooks.timeoutMs,
    });
    this.traffic = new EndpointTraffic({
      limit: webhooks.endpointConcurrency,
      breakerFailures: webhooks.breakerFailures,
      breakerCooldownMs: webhooks.breakerCooldownMs,
      probeLeaseMs: webhooks.leaseMs,
      store: new EndpointHealthStore(dataSource, INTAKE_SCHEMA),
      onOpenCircuits: (count) => webhookCircuitsOpen.set(count),
    });
    this.worstSendMs = webhooks.connectTimeoutMs * 2 + webhooks.timeoutMs;
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** Lets the round on the wire finish, so a graceful stop records what it sent and sends nothing twice. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round;
    this.http.close();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.run().then((full) => this.schedule(full ? 0 : this.settings.webhooks.pollIntervalMs));
    }, ms);
    this.timer.unref();
  }

  /** One round; true when it claimed a full batch, or a subscription its full share (more may be waiting). */
  private async run(): Promise<boolean> {
    try {
      await dispatchChanges(this.dataSource);
      const paused = [...(await this.traffic.allowances())]
        .filter(([, allowance]) => allowance === 0)
        .map(([key]) => key);
      const leaseEndsAt = Date.now() + this.settings.webhooks.leaseMs;
      const claimed = await claimDeliveries(
        this.dataSource,
        paused,
        PER_SUBSCRIPTION,
        CLAIM_SIZE,
        this.settings.webhooks.leaseMs,
      );
      const bySubscription = new Map<string, ClaimedDelivery[]>();
      for (const delivery of claimed)
        bySubscription.set(delivery.clientSystemId, [...(bySubscription.get(delivery.clientSystemId) ?? []), delivery]);
      await Promise.all([...bySubscription.values()].map((deliveries) => this.sendShare(deliveries, leaseEndsAt)));
      // A probe taken for a subscription none of whose deliveries was due goes back for any replica to take.
      await this.traffic.releaseUnusedProbes();
      return (
        claimed.length === CLAIM_SIZE ||
        [...bySubscription.values()].some((deliveries) => deliveries.length === PER_SUBSCRIPTION)
      );
    } catch (error) {
      this.logger.warn(`webhook round failed, retrying: ${(error as Error).message}`);
      return false;
    }
  }

  /**
   * Sends one subscription's share of a round, DELIVERY_ENDPOINT_CONCURRENCY at a time. The claim holds at most one
   * event per complaint, so sends in parallel never reorder a complaint's events. What is left when the circuit is
   * open (or half-open with its probe on the wire), or when the lease could run out during the next send (another
   * replica could then send it too), goes back unattempted.
   */
  private async sendShare(deliveries: ClaimedDelivery[], leaseEndsAt: number): Promise<void> {
    const queue = [...deliveries];
    const worker = async (): Promise<void> => {
      for (let delivery = queue.shift(); delivery; delivery = queue.shift()) {
        const key = delivery.clientSystemId;
        if (this.traffic.paused(key) || Date.now() + this.worstSendMs > leaseEndsAt) {
          const left = [delivery, ...queue.splice(0)];
          await releaseDeliveries(
            this.dataSource,
            left.map((unsent) => unsent.eventId),
          );
          return;
        }
        const outcome = await this.send(delivery);
        await recordAttempt(this.dataSource, delivery, outcome);
        webhookAttempts.inc({
          result: outcome.outcome === 'delivered' ? 'delivered' : outcome.retryAt ? 'retried' : 'given-up',
        });
      }
    };
    const workers = Math.min(this.settings.webhooks.endpointConcurrency, deliveries.length);
    await Promise.all(Array.from({ length: workers }, worker));
  }

  private async send(delivery: ClaimedDelivery): Promise<AttemptOutcome> {
    const key = delivery.clientSystemId;
    const body = webhookBody(delivery);
    const secrets = delivery.secretNonces.map((nonce) => deriveSigningSecret(this.settings.webhooks.signingKey, nonce));
    const started = performance.now();
    this.traffic.sending(key);
    try {
      await this.http.post(
        delivery.url,
        body,
        {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(secrets, Math.floor(Date.now() / 1000), body),
          [EVENT_ID_HEADER]: delivery.eventId,
        },
        'the subscription endpoint',
      );
      await this.traffic.succeeded(key);
      return { outcome: 'delivered', durationMs: performance.now() - started };
    } catch (error) {
      // A refused destination says nothing about the endpoint's health: it does not count towards the circuit.
      if (error instanceof RefusedDestination) await this.traffic.released(key);
      else await this.traffic.failed(key);
      const now = new Date();
      const plan = planWebhookRetry(delivery.attempts + 1, now, delivery.firstDueAt, this.settings.webhooks);
      return {
        outcome: 'failed',
        durationMs: performance.now() - started,
        error: (error as Error).message,
        retryAt: 'retryAt' in plan ? plan.retryAt : null,
      };
    }
  }
}
