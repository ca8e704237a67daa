import { Inject, Injectable } from '@nestjs/common';
import { formatMinorUnits } from '@redress/contracts';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { CustomerStatus, customerStatusOf } from '../../domain/customer-status';

/** What the status page shows: the notifier's own records of the complaint, nothing that reaches the customer. */
export interface ComplaintStatusView {
  reference: string;
  locale: string;
  timeZone: string;
  status: CustomerStatus;
  receivedAt: Date | null;
  /** Subjects of the messages sent or on their way, oldest first. */
  messages: { at: Date; subject: string; sent: boolean }[];
  /**
   * Who is removing the cause and by when there is news, while it is not resolved (a resume's moved deadline when
   * the clock ran again since); `waiting` while work waits on another party, with the latest it resumes by itself.
   */
  progress: {
    handler: string;
    department: string;
    newsBy: Date;
    waiting: { since: Date; resumesBy: Date | null } | null;
  } | null;
  /** When work on the cause waited and resumed, since the complaint arrived (no names: customers read only that). */
  pauses: { pausedAt: Date; resumedAt: Date | null }[];
  resolvedAt: Date | null;
  customerSummary: string | null;
  compensation: { amount: string; currency: string; status: 'granted' | 'review' | 'rejected' } | null;
  feedback: { answered: boolean; rating: number | null; at: Date | null } | null;
  callbackOwedSince: Date | null;
  closedAt: Date | null;
}

interface PauseRow {
  paused_at: Date;
  resumes_by: Date | null;
  resumed_at: Date | null;
  resolve_due_at: Date | null;
}

@Injectable()
export class GetStatusQuery {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  async execute(complaintId: string): Promise<ComplaintStatusView | null> {
    const [complaint] = await this.dataSource.query(
      `SELECT reference, locale, timezone, received_at, resolved_at, customer_summary, callback_owed_since, closed_at, root_cause_id
       FROM notifier.complaints WHERE id = $1`,
      [complaintId],
    );
    if (!complaint) return null;
    const messages: { created_at: Date; subject: string | null; status: string }[] = await this.dataSource.query(
      `SELECT created_at, subject, status FROM notifier.notifications WHERE complaint_id = $1 AND status <> 'failed' ORDER BY created_at, id`,
      [complaintId],
    );
    const [compensation] = await this.dataSource.query(
      `SELECT granted, currency, status FROM notifier.compensations WHERE complaint_id = $1 AND status <> 'none'`,
      [complaintId],
    );
    const [feedback] = await this.dataSource.query(
      `SELECT answered_at, rating FROM notifier.feedback WHERE complaint_id = $1`,
      [complaintId],
    );
    const pauses = complaint.root_cause_id ? await this.pausesOf(complaint.root_cause_id) : [];
    const progress = complaint.resolved_at ? null : await this.progressOf(complaint.root_cause_id, pauses);
    const since = complaint.received_at ? (complaint.received_at as Date).getTime() : 0;
    const view: Omit<ComplaintStatusView, 'status'> = {
      reference: complaint.reference ?? '',
      locale: complaint.locale ?? 'ru',
      timeZone: complaint.timezone ?? this.settings.defaultTimezone,
      receivedAt: complaint.received_at,
      messages: messages
        .filter((message) => message.subject)
        .map((message) => ({
          at: message.created_at,
          subject: message.subject as string,
          sent: message.status === 'sent',
        })),
      progress,
      pauses: pauses
        .filter((pause) => (pause.resumed_at ?? pause.paused_at).getTime() >= since)
        .map((pause) => ({ pausedAt: pause.paused_at, resumedAt: pause.resumed_at })),
      resolvedAt: complaint.resolved_at,
      customerSummary: complaint.customer_summary,
      compensation: compensation
        ? {
            amount: formatMinorUnits(Number(compensation.granted), compensation.currency),
            currency: compensation.currency,
            status:
              compensation.status === 'review'
                ? 'review'
                : compensation.status === 'rejected' && Number(compensation.granted) === 0
                  ? 'rejected'
                  : 'granted',
          }
        : null,
      feedback: feedback
        ? { answered: feedback.answered_at !== null, rating: feedback.rating, at: feedback.answered_at }
        : null,
      callbackOwedSince: complaint.callback_owed_since,
      closedAt: complaint.closed_at,
    };
    return { ...view, status: customerStatusOf({ ...view, progressKnown: progress !== null }) };
  }

  private async progressOf(rootCauseId: string | null, pauses: PauseRow[]): Promise<ComplaintStatusView['progress']> {
    if (!rootCauseId) return null;
    const [row] = await this.dataSource.query(
      `SELECT e.data, r.department, r.progress_at FROM notifier.root_causes r JOIN notifier.root_cause_events e ON e.event_id = r.progress_event_id WHERE r.id = $1`,
      [rootCauseId],
    );
    if (!row) return null;
    const owner = row.data.owner ?? row.data.newOwner;
    // Pauses of the level the customers were last told of; an escalation since sets deadlines of its own.
    const latest = pauses.filter((pause) => pause.paused_at >= row.progress_at).at(-1);
    const waiting = latest && !latest.resumed_at ? { since: latest.paused_at, resumesBy: latest.resumes_by } : null;
    const moved = latest?.resolve_due_at ?? null;
    return {
      handler: owner.name,
      department: row.department ?? row.data.department ?? '',
      newsBy: moved ?? new Date(row.data.resolveDueAt),
      waiting,
    };
  }

  /** The latest pauses of the root cause's assignment (at most 100: the page stays short), oldest first. */
  private async pausesOf(rootCauseId: string): Promise<PauseRow[]> {
    const newestFirst: PauseRow[] = await this.dataSource.query(
      `SELECT paused_at, resumes_by, resumed_at, resolve_due_at FROM notifier.root_cause_pauses
       WHERE root_cause_id = $1 ORDER BY paused_at DESC LIMIT 100`,
      [rootCauseId],
    );
    return newestFirst.reverse();
  }
}
