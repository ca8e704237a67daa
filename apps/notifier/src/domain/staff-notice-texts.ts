import { formatMinorUnits, zoneReading } from '@redress/contracts/vocabulary';

/** What a notice says, by kind: the facts of the event that caused it. */
export type NoticeFacts =
  | {
      kind: 'assignment-created';
      assignmentId: string;
      department: string;
      level: number;
      complaintCount: number;
      acknowledgeDueAt: string;
      resolveDueAt: string;
    }
  | {
      kind: 'assignment-escalated';
      assignmentId: string;
      fromLevel: number;
      toLevel: number;
      reason: string;
      acknowledgeDueAt: string;
      resolveDueAt: string;
    }
  | {
      kind: 'deadline-warning';
      assignmentId: string;
      level: number;
      deadline: 'acknowledge' | 'resolve';
      percent: number;
      dueAt: string;
    }
  | {
      kind: 'deadline-breached';
      assignmentId: string;
      department: string;
      level: number;
      reason: string;
      missedDueAt: string;
    }
  | {
      kind: 'callback-owed';
      followUpId: string;
      level: number;
      dueAt: string;
      /** Set when it was escalated to this owner (the level below missed it). */
      fromLevel?: number;
    }
  | {
      kind: 'review-deadline-approaching';
      rootCauseId: string;
      category: string;
      touchpoint: string;
      reviewDueAt: string;
    }
  | {
      kind: 'root-cause-decided';
      rootCauseId: string;
      cause: string;
      department: string;
      decidedBy: string;
    }
  | {
      kind: 'review-item';
      compensationId: string;
      requested: number;
      granted: number;
      currency: string;
      reason: string;
    }
  | {
      kind: 'budget-threshold';
      period: string;
      percent: number;
      used: number;
      limit: number;
      currency: string;
    }
  | {
      kind: 'new-root-cause';
      rootCauseId: string;
      category: string;
      touchpoint: string;
      suggestedDepartment: string;
      suggestedCause: string;
    };

export interface NoticeText {
  subject: string;
  body: string;
  /** The console page where the person acts on it. */
  link: string;
}

const WHY: Record<string, string> = {
  'acknowledge-overdue': 'the acknowledge deadline passed',
  'resolve-overdue': 'the resolve deadline passed',
};

/** A notice in plain English (staff work in the console's language of record), times on the person's clock. */
export function renderNotice(facts: NoticeFacts, consoleUrl: string, timeZone: string): NoticeText {
  const when = (iso: string) => formatInZone(iso, timeZone);
  switch (facts.kind) {
    case 'assignment-created':
      return {
        subject: `New assignment for ${facts.department} (level ${facts.level})`,
        body:
          `A root cause with ${facts.complaintCount} complaint(s) was assigned to you. ` +
          `Acknowledge by ${when(facts.acknowledgeDueAt)}, resolve by ${when(facts.resolveDueAt)}.`,
        link: `${consoleUrl}/assignments/${facts.assignmentId}`,
      };
    case 'assignment-escalated':
      return {
        subject: `Assignment escalated to you (level ${facts.toLevel})`,
        body:
          `Level ${facts.fromLevel} did not act in time (${WHY[facts.reason] ?? facts.reason}); the assignment is yours now. ` +
          `Acknowledge by ${when(facts.acknowledgeDueAt)}, resolve by ${when(facts.resolveDueAt)}. Its history is on the page.`,
        link: `${consoleUrl}/assignments/${facts.assignmentId}`,
      };
    case 'deadline-warning':
      return {
        subject: `${facts.percent}% of the time to ${facts.deadline} has passed`,
        body: `The ${facts.deadline} deadline of your assignment (level ${facts.level}) is ${when(facts.dueAt)}.`,
        link: `${consoleUrl}/assignments/${facts.assignmentId}`,
      };
    case 'deadline-breached':
      return {
        subject: `Deadline missed at the top of the chain (${facts.department}, level ${facts.level})`,
        body: `${capitalise(WHY[facts.reason] ?? facts.reason)} at ${when(facts.missedDueAt)} and nobody is above to take over: the assignment stays with you.`,
        link: `${consoleUrl}/assignments/${facts.assignmentId}`,
      };
    case 'callback-owed':
      return {
        subject:
          facts.fromLevel === undefined
            ? `Callback owed to a customer (level ${facts.level})`
            : facts.fromLevel === facts.level
              ? `Callback overdue at the top of the chain (level ${facts.level})`
              : `Callback escalated to you (level ${facts.level})`,
        body:
          facts.fromLevel === undefined || facts.fromLevel === facts.level
            ? `A customer who rated us low is owed a callback by ${when(facts.dueAt)}. Their number is on the page (each view is recorded).`
            : `Level ${facts.fromLevel} did not call back in time; the callback is yours now, due by ${when(facts.dueAt)}.`,
        link: `${consoleUrl}/callbacks/${facts.followUpId}`,
      };
    case 'review-deadline-approaching':
      return {
        subject: `Your vote is awaited: ${facts.category} (${facts.touchpoint})`,
        body: `The committee's review closes at ${when(facts.reviewDueAt)}; without your vote the others' or the deadline decide.`,
        link: `${consoleUrl}/rootcauses/${facts.rootCauseId}`,
      };
    case 'root-cause-decided':
      return {
        subject: `Root cause decided ${facts.decidedBy === 'timeout' ? 'at the review deadline' : 'by the committee'}`,
        body: `"${facts.cause}", owned by ${facts.department}. No chair's decision was needed; the page has the votes.`,
        link: `${consoleUrl}/rootcauses/${facts.rootCauseId}`,
      };
    case 'review-item':
      return {
        subject: `Compensation to review (${facts.reason})`,
        body: `${money(facts.requested, facts.currency)} asked, ${money(facts.granted, facts.currency)} granted so far.`,
        link: `${consoleUrl}/review`,
      };
    case 'budget-threshold':
      return {
        subject: `Compensation budget ${facts.percent >= 100 ? 'exhausted' : `at ${facts.percent}%`} (${facts.period})`,
        body:
          `${money(facts.used, facts.currency)} of ${money(facts.limit, facts.currency)} granted this period.` +
          (facts.percent >= 100 ? ' Further grants wait for a supervisor.' : ''),
        link: `${consoleUrl}/review`,
      };
    case 'new-root-cause':
      return {
        subject: `New root cause to review: ${facts.category} (${facts.touchpoint})`,
        body: `Suggested: "${facts.suggestedCause}", owned by ${facts.suggestedDepartment}.`,
        link: `${consoleUrl}/rootcauses/${facts.rootCauseId}`,
      };
  }
}

/** One message for the notices a digest gathers, oldest first. */
export function renderDigest(notices: readonly NoticeText[]): { subject: string; body: string } {
  return {
    subject: `${notices.length} notice(s) for you`,
    body: notices
      .map((notice, index) => `${index + 1}. ${notice.subject}\n${notice.body}\n${notice.link}`)
      .join('\n\n'),
  };
}

/** Minor units as `1234.50 RUB`, with the currency's own number of decimals. */
function money(minor: number, currency: string): string {
  return `${formatMinorUnits(minor, currency)} ${currency}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `2024-12-09 14:00 (Europe/Moscow)`. */
export function formatInZone(iso: string, timeZone: string): string {
  const at = zoneReading(new Date(iso), timeZone);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${at.year}-${two(at.month)}-${two(at.day)} ${two(at.hour)}:${two(at.minute)} (${timeZone})`;
}
