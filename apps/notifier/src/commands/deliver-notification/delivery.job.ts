import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Correlation, UnitOfWork } from '@redress/messaging';
import { EndpointHealthStore, EndpointTraffic } from '@redress/platform';
import { DataSource } from 'typeorm';
import {
  DELIVERY_CHANNEL,
  DeliveryChannel,
  isPermanentFailure,
  OutgoingMessage,
} from '../../channels/delivery-channel';
import { CustomerContact, CustomerGone, IntakeClient, IntakeUnavailable } from '../../channels/intake-client';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { NOTIFIER_SCHEMA } from '../../persistence/notifier.schema';
import { ContactWindow, insideWindow, nextContactTime, windowFor } from '../../domain/contact-window';
import { addressed } from '../../domain/messages';
import { planRetry } from '../../domain/retry-plan';
import { recapSms } from '../../domain/sms-length';
import {
  circuitsOpen,
  deliveryClaims,
  notificationsDelivered,
  notificationsGivenUp,
} from '../../metrics/notifier.metrics';
import {
  claimDue,
  ClaimedNotification,
  DeliveryResult,
  Fallback,
  recordResults,
  scheduleFallbacks,
} from '../../persistence/notification.store';

/** Most notifications one claim takes. */
const CLAIM_SIZE = 20;
/** How long a worker waits before it claims again for an endpoint whose sending places are all taken. */
const FULL_ENDPOINT_PAUSE_MS = 10;

type GiveUpReason = 'age' | 'attempts' | 'refused';

interface Pending {
  result: DeliveryResult;
  giveUp?: GiveUpReason;
  written: () => void;
}

/**
 * Sends scheduled notifications when they are due, with no database transaction open while a message is on the wire:
 * a short transaction claims due rows with a lease (see `claimDue`: fair across endpoints and client systems, none
 * to an endpoint at its limit or with an open circuit), each message is sent on its own, and another short transaction
 * records how it went (sent, retried after a backoff, or failed, with `customer.notified`), written only while the
 * lease is still held. A crashed replica's leases expire and the rows are claimed again: a crash repeats at most the
 * messages on the wire at that moment (webhooks carry the notification id in `X-Redress-Delivery` so a receiver can
 * drop repeats). The worker claims on its poll, when a consumer has just scheduled something, and when a send ends
 * while due messages wait for its place or its outcome (see `freed`).
 */
@Injectable()
export class DeliveryJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeliveryJob.name);
  private readonly traffic: EndpointTraffic;
  private readonly sending = new Set<Promise<void>>();
  private claiming: Promise<void> | null = null;
  private claimAgain = false;
  /** The last claim may have left due messages for want of room or an endpoint's allowance. */
  private heldBack = false;
  private unwritten: Pending[] = [];
  private writing: Promise<void> | null = null;
  private poll?: NodeJS.Timeout;
  private stopped = true;
  /** Sends belong to no request or event, whichever woke the worker. */
  private readonly detached = Correlation.detached();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly dataSource: DataSource,
    @Inject(DELIVERY_CHANNEL) private readonly channel: DeliveryChannel,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    private readonly intake: IntakeClient,
  ) {
    const { endpointConcurrency, breakerFailures, breakerCooldownMs, leaseMs } = settings.delivery;
    this.traffic = new EndpointTraffic({
      limit: endpointConcurrency,
      breakerFailures,
      breakerCooldownMs,
      probeLeaseMs: leaseMs,
      store: new EndpointHealthStore(dataSource, NOTIFIER_SCHEMA),
      onOpenCircuits: (count) => circuitsOpen.set(count),
    });
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.poll = setInterval(() => this.wake(), this.settings.delivery.pollIntervalMs);
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.claiming;
    await Promise.all(this.sending);
  }

  /**
   * A send ended: its room is worth a claim when the last claim left due messages behind, and its recorded outcome
   * when it makes another message due (a complaint's next webhook, a fallback by the customer's other channel).
   */
  private freed(row?: ClaimedNotification): void {
    if (this.heldBack || (row && (row.channel === 'webhook' || row.fallback))) this.wake();
  }

  /** Claims while there is due work and room; a wake during a claim makes it look again. */
  wake(): void {
    if (this.stopped) return;
    this.claimAgain = true;
    if (this.claiming) return;
    this.claiming = this.detached(() => this.claimWhileDue())
      .catch((error: Error) => this.logger.warn(`deliveries paused until the next poll: ${error.message}`))
      .finally(() => (this.claiming = null));
  }

  private async claimWhileDue(): Promise<void> {
    let again = false;
    do {
      this.claimAgain = false;
      const room = Math.min(CLAIM_SIZE, this.settings.delivery.concurrency - this.sending.size);
      this.heldBack = room <= 0;
      if (this.heldBack) return;
      const allowances = await this.traffic.allowances();
      let waitForSends = false;
      try {
        // One statement, atomic by itself: no BEGIN and COMMIT round trips around it (it runs on every poll).
        deliveryClaims.inc();
        const rows = await claimDue(this.dataSource.manager, {
          size: room,
          leaseMs: this.settings.delivery.leaseMs,
          endpointLimit: this.traffic.limit,
          allowances,
        });
        if (rows.length > 0) {
          // One lookup for the claim, each send waiting for it (an intake outage fails them all alike).
          const contacts = this.intake.contactsOf([...new Set(rows.map((row) => row.complaint_id))]);
          void contacts.catch(() => undefined);
          rows.forEach((row) => this.send(row, contacts));
        }
        const full = endpointsFilled(rows, allowances);
        this.heldBack = rows.length >= room || full.length > 0;
        // A claim cut short by its room goes again at once; one that an endpoint's busy sending places cut short, a
        // moment later (its sends end soon). An endpoint with an open circuit takes nothing until the poll finds its
        // cooldown over: claiming for it again at once made every replica spin through an outage.
        again = rows.length >= room;
        waitForSends = !again && full.some((endpoint) => !this.traffic.isOpen(endpoint));
      } finally {
        // A probe taken for an endpoint none of whose messages was due goes back for any replica to take.
        await this.traffic.releaseUnusedProbes();
      }
      if (waitForSends) {
        again = true;
        await new Promise((resolve) => setTimeout(resolve, FULL_ENDPOINT_PAUSE_MS));
      }
    } while (!this.stopped && (again || this.claimAgain));
  }

  private send(row: ClaimedNotification, contacts: Promise<Map<string, CustomerContact>>): void {
    this.traffic.sending(row.endpoint_key);
    const job: Promise<void> = this.detached(() => Correlation.run(row.complaint_id, () => this.attempt(row, contacts)))
      .then(
        (pending) => {
          // Its place at the endpoint is free again: the next claim need not wait for this outcome's commit.
          this.freed();
          return this.write(pending);
        },
        (error: Error) => {
          // Broke before it reached the endpoint (a bad time zone): free its place; the lease brings the row back.
          void this.traffic.released(row.endpoint_key);
          throw error;
        },
      )
      .catch((error: Error) =>
        this.logger.warn(
          `[${row.complaint_id}] ${row.kind} by ${row.channel}: outcome not recorded, sent again once its lease expires: ${error.message}`,
        ),
      )
      .finally(() => {
        this.sending.delete(job);
        this.freed(row);
      });
    this.sending.add(job);
  }

  /** One delivery attempt and what it means for the row: sent, scheduled again, or failed. */
  private async attempt(
    row: ClaimedNotification,
    contacts: Promise<Map<string, CustomerContact>>,
  ): Promise<Omit<Pending, 'written'>> {
    const window = this.contactWindow(row);
    const timeZone = row.timezone ?? this.settings.defaultTimezone;
    const now = new Date();
    if (!insideWindow(now, window, timeZone)) {
      // Due outside the window (a backlog, a resend, a circuit that held it, a lease expired late in a window):
      // it waits for the next opening, no attempt made.
      await this.traffic.released(row.endpoint_key);
      return {
        result: {
          row,
          status: 'scheduled',
          attempts: row.attempts,
          at: now,
          retryAt: nextContactTime(now, window, timeZone),
        },
      };
    }
    const attempts = row.attempts + 1;
    try {
      const transport = await this.channel.deliver(this.addressedMessage(row, await contacts));
      await this.traffic.succeeded(row.endpoint_key);
      return { result: { row, status: 'sent', attempts, at: new Date(), transport } };
    } catch (caught) {
      if (caught instanceof IntakeUnavailable) return this.waitForIntake(row, caught, now, window, timeZone);
      if (caught instanceof CustomerGone) {
        // Erased since the message was written: it is dropped, recorded as failed, and nothing replaces it.
        await this.traffic.released(row.endpoint_key);
        this.logger.warn(`[${row.complaint_id}] ${row.kind} by ${row.channel} dropped: the customer's data was erased`);
        const result: DeliveryResult = {
          row,
          status: 'failed',
          attempts,
          error: 'customer data erased',
          at: new Date(),
        };
        return { result: { ...result, noFallback: true }, giveUp: 'refused' };
      }
      // Transport errors can quote the address; neither the log nor the table keeps personal data in clear.
      const error = redactContacts((caught as Error)?.message ?? String(caught));
      const at = new Date();
      const what = `[${row.complaint_id}] ${row.kind} by ${row.channel} attempt ${attempts}`;
      if (isPermanentFailure(caught)) {
        await this.traffic.released(row.endpoint_key);
        this.logger.error(`${what} refused, not retried: ${error}`);
        return { result: { row, status: 'failed', attempts, error, at }, giveUp: 'refused' };
      }
      await this.traffic.failed(row.endpoint_key);
      const plan = planRetry(
        { attempts, at, ageFrom: new Date(row.age_from), window, timeZone },
        this.settings.delivery,
      );
      if ('giveUp' in plan) {
        this.logger.error(
          `${what} failed, given up (${plan.giveUp === 'age' ? `retried since ${new Date(row.age_from).toISOString()}` : 'last attempt'}): ${error}`,
        );
        return { result: { row, status: 'failed', attempts, error, at }, giveUp: plan.giveUp };
      }
      this.logger.warn(`${what} failed: ${error}; retrying at ${plan.retryAt.toISOString()}`);
      return { result: { row, status: 'scheduled', attempts, error, at, retryAt: plan.retryAt } };
    }
  }

  /**
   * The message as it goes out: the recipient and the form of address asked of intake now (ADR 0009: the notifier
   * keeps neither). A webhook's recipient stays the client system's queue; intake knows the callbackUrl.
   */
  private addressedMessage(row: ClaimedNotification, contacts: Map<string, CustomerContact>): OutgoingMessage {
    const contact = contacts.get(row.complaint_id);
    if (!contact) throw new CustomerGone('customer data erased');
    const known = { addressAs: contact.formOfAddress ?? contact.name, reference: contact.reference };
    const recipient =
      row.channel === 'email' ? contact.email : row.channel === 'sms' ? contact.phone : (row.recipient ?? undefined);
    return {
      notificationId: row.id,
      complaintId: row.complaint_id,
      kind: row.kind,
      channel: row.channel,
      recipient: recipient ?? '',
      locale: row.locale,
      subject: addressed(row.subject, known),
      text:
        row.channel === 'sms'
          ? recapSms(addressed(row.body, known), this.settings.smsMaxSegments)
          : addressed(row.body, known),
    };
  }

  /**
   * Intake did not answer: the message waits, without an attempt counted or the give-up clock mattering, and is tried
   * again after DELIVERY_RETRY_BACKOFF (inside the customer's window), so an intake outage only delays it.
   */
  private async waitForIntake(
    row: ClaimedNotification,
    error: IntakeUnavailable,
    now: Date,
    window: ContactWindow | null,
    timeZone: string,
  ): Promise<Omit<Pending, 'written'>> {
    await this.traffic.released(row.endpoint_key);
    const retryAt = nextContactTime(new Date(now.getTime() + this.settings.delivery.retryBackoffMs), window, timeZone);
    this.logger.warn(
      `[${row.complaint_id}] ${row.kind} by ${row.channel} waits for intake until ${retryAt.toISOString()}: ${error.message}`,
    );
    return { result: { row, status: 'scheduled', attempts: row.attempts, at: now, retryAt } };
  }

  /** Email and SMS reach a person, only inside their window (or the default); client systems take webhooks at any hour. */
  private contactWindow(row: ClaimedNotification, channel = row.channel): ContactWindow | null {
    const own = row.window_from && row.window_to ? { from: row.window_from, to: row.window_to } : null;
    return windowFor(channel, own, this.settings);
  }

  /** A customer's message failed for good goes by their other channel, when they gave it, within the same window rules. */
  private fallbackFor({ row, status, at, noFallback }: DeliveryResult): Fallback[] {
    if (status !== 'failed' || !row.fallback || noFallback) return [];
    const due = nextContactTime(
      at,
      this.contactWindow(row, row.fallback.channel),
      row.timezone ?? this.settings.defaultTimezone,
    );
    return [{ failedId: row.id, message: row.fallback, due }];
  }

  /** Outcomes are written together, in one short transaction per batch, as they come while the previous one commits. */
  private write(pending: Omit<Pending, 'written'>): Promise<void> {
    return new Promise<void>((written, failed) => {
      this.unwritten.push({ ...pending, written });
      if (!this.writing) this.writing = this.writeUnwritten().catch(failed);
    });
  }

  private async writeUnwritten(): Promise<void> {
    try {
      while (this.unwritten.length > 0) {
        const batch = this.unwritten;
        this.unwritten = [];
        await this.record(batch).catch((error: Error) => {
          batch.forEach((pending) =>
            this.logger.warn(
              `[${pending.result.row.complaint_id}] outcome not recorded, sent again once its lease expires: ${error.message}`,
            ),
          );
        });
        batch.forEach((pending) => pending.written());
      }
    } finally {
      this.writing = null;
    }
  }

  private record(batch: Pending[]): Promise<void> {
    return this.unitOfWork.run(async (tx) => {
      const written = await recordResults(
        tx.manager,
        batch.map((pending) => pending.result),
      );
      const recorded = batch.filter((pending) => written.has(pending.result.row.id));
      for (const { result } of recorded) {
        const { row, status, attempts, at, transport } = result;
        if (status === 'scheduled') continue;
        tx.emit({
          type: EventType.CustomerNotified,
          key: row.complaint_id,
          correlationId: row.complaint_id,
          data: {
            complaintId: row.complaint_id,
            notificationId: row.id,
            kind: row.kind,
            channel: row.channel,
            status,
            at: at.toISOString(),
            attempts,
            transport,
            ...(row.fallback_of ? { fallbackOf: row.fallback_of } : {}),
          },
        });
      }
      const fallbacks = recorded.flatMap(({ result }) =>
        this.fallbackFor(result).map((fallback) => ({ row: result.row, fallback })),
      );
      await scheduleFallbacks(
        tx.manager,
        fallbacks.map(({ fallback }) => fallback),
      );
      if (fallbacks.length > 0) {
        tx.afterCommit(() => {
          fallbacks.forEach(({ row, fallback }) =>
            this.logger.warn(
              `[${row.complaint_id}] ${row.kind} by ${row.channel} failed for good: sending it by ${fallback.message.channel} instead`,
            ),
          );
          this.wake();
        });
      }
      if (recorded.length < batch.length)
        this.logger.warn(`${batch.length - recorded.length} outcome(s) dropped: their lease had expired and passed on`);
      tx.afterCommit(() =>
        recorded.forEach(({ result, giveUp }) => {
          if (result.attempts === result.row.attempts) return;
          notificationsDelivered.inc({
            channel: result.row.channel,
            result: result.status === 'scheduled' ? 'retried' : result.status,
          });
          if (giveUp) notificationsGivenUp.inc({ channel: result.row.channel, reason: giveUp });
        }),
      );
    });
  }
}

/** Email addresses and phone numbers in a text, replaced by a placeholder. */
export function redactContacts(text: string): string {
  return text.replace(/[^\s<>"'@]+@[^\s<>"']+/g, '<address>').replace(/\+?\d[\d ()-]{6,}\d/g, '<phone>');
}

/**
 * The endpoints whose allowance a claim used up (0 for one at its limit or with its circuit open): more of theirs may
 * be due, and the next free place is worth another claim.
 */
export function endpointsFilled(rows: ClaimedNotification[], allowances: ReadonlyMap<string, number>): string[] {
  return [...allowances]
    .filter(([endpoint, allowed]) => rows.filter((row) => row.endpoint_key === endpoint).length >= allowed)
    .map(([endpoint]) => endpoint);
}
