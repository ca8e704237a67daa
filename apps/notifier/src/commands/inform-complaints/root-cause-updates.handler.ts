import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EventEnvelope, EventType, formatMinorUnits } from '@redress/contracts';
import { Transaction } from '@redress/messaging';
import { randomUUID } from 'node:crypto';
import { DueTimer, TimerJob, Timers } from '@redress/timers';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { MessageFacts } from '../../domain/messages';
import { KnownComplaint } from '../../persistence/complaint-record';
import { receivedComplaintsOfRootCause } from '../../persistence/complaint.store';
import {
  countFannedOut,
  insertEvent,
  insertEventOnce,
  lockRootCause,
  shareRootCause,
  RootCauseRow,
  rootCauseById,
  setDepartment,
  setProgressEvent,
  setResolvedEvent,
  StoredEvent,
  storedEvent,
  storedEventData,
} from '../../persistence/root-cause.store';
import { ComplaintClosingHandler } from '../close-complaint/complaint-closing.handler';
import { FeedbackTokens } from '../give-feedback/feedback-tokens.service';
import { NotificationScheduler } from '../schedule-notification/notification-scheduler.service';
import { CompensationMaxWaitHandler } from '../settle-compensation/compensation-max-wait.handler';
import { CompensationService } from '../settle-compensation/compensation.service';

export const FAN_OUT_TIMER = 'notifier.fan-out';
/** Renews a date the notifier promised itself after a breach, if it passes too (subject: the root cause id). */
export const PROMISE_TIMER = 'notifier.promise';

type RootCauseEvent =
  | EventEnvelope<typeof EventType.AssignmentCreated>
  | EventEnvelope<typeof EventType.AssignmentEscalated>
  | EventEnvelope<typeof EventType.AssignmentBreached>
  | EventEnvelope<typeof EventType.RootCauseResolved>;

const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * What happens to a root cause reaches each of its complaints. Events about a root cause carry no complaint ids, so
 * the notifier fans them out from its own links, in bounded batches: the consumer stores the event and schedules a
 * fan-out timer; each firing informs `FAN_OUT_BATCH_SIZE` complaints in one transaction and schedules the next batch.
 * A complaint linked (or received) later catches up on its own. Both paths write through unique keys (one notification
 * per complaint and event, one compensation per complaint), so whichever comes second changes nothing; the root
 * cause's row is locked by the consumer and by a catch-up, so a link never slips between an event and its fan-out.
 */
@Injectable()
export class RootCauseUpdatesHandler implements OnModuleInit {
  private readonly logger = new Logger(RootCauseUpdatesHandler.name);

  constructor(
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    private readonly timers: Timers,
    private readonly worker: TimerJob,
    private readonly scheduler: NotificationScheduler,
    private readonly compensation: CompensationService,
    private readonly feedback: FeedbackTokens,
    private readonly maxWait: CompensationMaxWaitHandler,
    private readonly closing: ComplaintClosingHandler,
  ) {}

  onModuleInit(): void {
    this.worker.handle(FAN_OUT_TIMER, (timer, tx) => this.fanOut(timer, tx));
    this.worker.handle(PROMISE_TIMER, (timer, tx) => this.renewPromise(timer, tx));
  }

  /** Consumer side: remembers the event and, unless a later one supersedes it, starts its fan-out. */
  async record(event: RootCauseEvent, tx: Transaction): Promise<void> {
    const rootCauseId = event.data.rootCauseId;
    const rootCause = await this.lockRootCause(tx, rootCauseId);
    const occurredAt = new Date(event.occurredAt);
    // A breach names no one: the customers hear of the owner they were last told of.
    const data =
      event.type === EventType.AssignmentBreached
        ? { ...event.data, handler: await this.lastHandler(tx, rootCause) }
        : event.data;
    await insertEventOnce(tx.manager, { id: event.id, rootCauseId, type: event.type, occurredAt, data });
    if (event.type === EventType.RootCauseResolved) {
      await setResolvedEvent(tx.manager, rootCauseId, event.id);
    } else {
      // The owning department counts in the stats however late its assignment arrives.
      if (event.type === EventType.AssignmentCreated && !rootCause.department) {
        await setDepartment(tx.manager, rootCauseId, event.data.department);
      }
      // Progress after the resolution, or older than the progress already told, is history: nobody is told again.
      if (rootCause.resolved_event_id || (rootCause.progress_at && rootCause.progress_at > occurredAt)) return;
      await setProgressEvent(tx.manager, rootCauseId, event.id, occurredAt);
    }
    await this.timers.schedule(tx, {
      kind: FAN_OUT_TIMER,
      subjectId: event.id,
      dueAt: new Date(),
      payload: { after: NO_ID },
    });
    if (event.type === EventType.AssignmentBreached)
      await this.watchPromise(tx, rootCauseId, event.id, new Date(event.data.breachedAt));
  }

  /**
   * After a breach nobody watches the new date but the notifier: when it passes unresolved, with no newer progress,
   * it is renewed again (a breach of the renewed date, stored as the root cause's latest progress and fanned out).
   */
  async renewPromise(timer: DueTimer, tx: Transaction): Promise<void> {
    const rootCause = await this.lockRootCause(tx, timer.subjectId);
    if (rootCause.resolved_event_id || rootCause.progress_event_id !== timer.payload.eventId) return;
    // Equal to the timer's event id, so not null.
    const promised = (await storedEvent(tx.manager, rootCause.progress_event_id as string)) as StoredEvent;
    const now = new Date(Math.max(Date.now(), timer.dueAt.getTime()));
    const missedDueAt = new Date(new Date(promised.data.breachedAt).getTime() + this.settings.promiseRenewalMs);
    const id = randomUUID();
    await insertEvent(tx.manager, {
      id,
      rootCauseId: rootCause.id,
      // Stored, not published: a breach again, as the promise it renews (only breaches are watched).
      type: promised.type,
      occurredAt: now,
      data: { ...promised.data, missedDueAt: missedDueAt.toISOString(), breachedAt: now.toISOString() },
    });
    await setProgressEvent(tx.manager, rootCause.id, id, now);
    await this.timers.schedule(tx, {
      kind: FAN_OUT_TIMER,
      subjectId: id,
      dueAt: new Date(),
      payload: { after: NO_ID },
    });
    await this.watchPromise(tx, rootCause.id, id, now);
  }

  private watchPromise(tx: Transaction, rootCauseId: string, eventId: string, renewedAt: Date): Promise<void> {
    const dueAt = new Date(renewedAt.getTime() + this.settings.promiseRenewalMs);
    return this.timers.schedule(tx, { kind: PROMISE_TIMER, subjectId: rootCauseId, dueAt, payload: { eventId } });
  }

  /** A complaint that joined its root cause late (or arrived after its link) gets the latest news of that root cause. */
  async catchUp(tx: Transaction, complaint: KnownComplaint): Promise<boolean> {
    if (!complaint.rootCauseId) return false;
    // The first complaint of a root cause creates its row; every later one shares it with the others.
    const rootCause =
      (await shareRootCause(tx.manager, complaint.rootCauseId)) ??
      (await this.lockRootCause(tx, complaint.rootCauseId));
    const eventId = rootCause.resolved_event_id ?? rootCause.progress_event_id;
    if (!eventId) return false;
    const event = (await storedEvent(tx.manager, eventId)) as StoredEvent;
    await this.inform(tx, complaint, event, rootCause);
    return true;
  }

  /** One batch of a fan-out, in the timer's transaction; schedules the next batch while complaints remain. */
  async fanOut(timer: DueTimer, tx: Transaction): Promise<void> {
    const event = await storedEvent(tx.manager, timer.subjectId);
    if (!event) return;
    const rootCause = await rootCauseById(tx.manager, event.root_cause_id);
    const superseded =
      event.type !== EventType.RootCauseResolved &&
      (rootCause.resolved_event_id !== null || rootCause.progress_event_id !== event.event_id);
    const batchSize = this.settings.fanOutBatchSize;
    const rows = superseded
      ? []
      : await receivedComplaintsOfRootCause(
          tx.manager,
          event.root_cause_id,
          (timer.payload.after as string | undefined) ?? NO_ID,
          batchSize,
        );
    for (const complaint of rows) await this.inform(tx, complaint, event, rootCause);
    const more = rows.length === batchSize;
    await countFannedOut(tx.manager, event.event_id, rows.length, more);
    if (more) {
      const after = rows[rows.length - 1].id;
      await this.timers.schedule(tx, {
        kind: FAN_OUT_TIMER,
        subjectId: event.event_id,
        dueAt: new Date(),
        payload: { after },
      });
    } else if (!superseded) {
      this.logger.log(`[${event.root_cause_id}] ${event.type} reached its complaints`);
    }
  }

  private async inform(
    tx: Transaction,
    complaint: KnownComplaint,
    event: StoredEvent,
    rootCause: RootCauseRow,
  ): Promise<void> {
    const data = event.data;
    let facts: MessageFacts;
    if (event.type === EventType.RootCauseResolved) {
      const compensation = await this.compensation.settle(tx, complaint, event.root_cause_id);
      if (compensation.settledNow) this.maxWait.disarm(tx, complaint.id);
      const token = await this.feedback.newSurvey(tx, complaint.id);
      await this.closing.resolved(
        tx,
        complaint.id,
        new Date(data.resolvedAt ?? event.occurred_at),
        data.customerSummary ?? null,
      );
      facts = {
        kind: 'resolution',
        reference: complaint.reference,
        // The cause report is the owner's internal account: customers read only what was written for them.
        customerSummary: data.customerSummary ?? null,
        compensation: {
          granted:
            compensation.granted > 0
              ? `${formatMinorUnits(compensation.granted, compensation.currency)} ${compensation.currency}`
              : null,
          underReview: compensation.underReview,
          earlier: !compensation.settledNow,
        },
        feedbackUrl: token ? `${this.settings.feedbackBaseUrl}/feedback/${token}` : null,
      };
    } else if (event.type === EventType.AssignmentBreached) {
      // Nobody is above to take over: the new date is the notifier's own promise, PROMISE_RENEWAL after the breach.
      const department = rootCause.department ?? data.department;
      facts = {
        kind: 'progress',
        reference: complaint.reference,
        handler: data.handler ?? department,
        department,
        escalated: false,
        newsBy: new Date(new Date(data.breachedAt).getTime() + this.settings.promiseRenewalMs),
        change: { why: 'overdue-at-top', missed: new Date(data.missedDueAt) },
      };
    } else {
      const escalated = event.type === EventType.AssignmentEscalated;
      facts = {
        kind: 'progress',
        reference: complaint.reference,
        handler: (data.owner ?? data.newOwner).name,
        department: rootCause.department ?? data.department ?? '',
        escalated,
        newsBy: new Date(data.resolveDueAt),
        ...(escalated
          ? {
              change: { why: data.reason === 'acknowledge-overdue' ? ('not-taken-up' as const) : ('overdue' as const) },
            }
          : {}),
      };
    }
    await this.scheduler.schedule(tx, complaint, event.event_id, facts);
  }

  /** The owner named in the progress last told of the root cause, if any. */
  private async lastHandler(tx: Transaction, rootCause: RootCauseRow): Promise<string | null> {
    if (!rootCause.progress_event_id) return null;
    const data = await storedEventData(tx.manager, rootCause.progress_event_id);
    return data?.owner?.name ?? data?.newOwner?.name ?? data?.handler ?? null;
  }

  /** Creates the root cause's row if needed and locks it for the rest of the transaction. */
  private lockRootCause(tx: Transaction, id: string): Promise<RootCauseRow> {
    return lockRootCause(tx.manager, id);
  }
}
