import { CloseReason, EventEnvelope, EventType, formatMinorUnits } from '@redress/contracts/vocabulary';

export interface TimelineEntry {
  summary: string;
  /** Only what concerns this complaint: never another complaint's id or another customer's data. */
  details: Record<string, unknown>;
}

type Of<T extends EventType> = EventEnvelope<T>['data'];

const CLOSED_BECAUSE: Record<CloseReason, string> = {
  rated: 'the customer rated the answer well',
  'called-back': 'customer service called the customer back',
  'time-elapsed': 'no callback was asked for within the time after the resolution',
};

/** Says in plain words what an event means for the complaints it concerns. */
export function describeEvent(event: EventEnvelope): TimelineEntry {
  switch (event.type) {
    case EventType.ComplaintReceived: {
      const data = event.data as Of<typeof EventType.ComplaintReceived>;
      return { summary: `Complaint received from ${data.clientSystem}`, details: { touchpoint: data.touchpoint } };
    }
    case EventType.ComplaintAttachmentAdded: {
      const data = event.data as Of<typeof EventType.ComplaintAttachmentAdded>;
      return {
        summary: `Attachment added (${data.contentType}, ${Math.ceil(data.sizeBytes / 1024)} KiB)`,
        details: { attachmentId: data.attachmentId, contentType: data.contentType, sizeBytes: data.sizeBytes },
      };
    }
    case EventType.CustomerNotified: {
      const data = event.data as Of<typeof EventType.CustomerNotified>;
      // A development notifier without a transport only logs the message: the customer got nothing.
      const loggedOnly = data.status === 'sent' && data.transport === 'log-only';
      return {
        summary: loggedOnly
          ? `The ${data.kind} by ${data.channel} was only logged, not sent (no transport configured)`
          : `Customer ${data.status === 'sent' ? 'sent' : 'could not be sent'} the ${data.kind} by ${data.channel}`,
        details: {
          kind: data.kind,
          channel: data.channel,
          status: data.status,
          attempts: data.attempts,
          ...(data.transport ? { transport: data.transport } : {}),
        },
      };
    }
    case EventType.RootCauseComplaintLinked: {
      const data = event.data as Of<typeof EventType.RootCauseComplaintLinked>;
      return {
        summary: `Grouped under root cause "${data.category}"`,
        details: { rootCauseId: data.rootCauseId, category: data.category },
      };
    }
    case EventType.RootCauseOpened: {
      const data = event.data as Of<typeof EventType.RootCauseOpened>;
      return { summary: `Root cause opened for review (${data.category})`, details: { category: data.category } };
    }
    case EventType.RootCauseClusterDetected: {
      const data = event.data as Of<typeof EventType.RootCauseClusterDetected>;
      return {
        summary: `Grouped with ${data.complaintCount} similar complaints for review`,
        details: { words: data.words },
      };
    }
    case EventType.CategorySpikeDetected: {
      const data = event.data as Of<typeof EventType.CategorySpikeDetected>;
      return {
        summary: `Unusually many complaints about "${data.category}" this ${data.window}`,
        details: { category: data.category, count: data.count, usual: data.usual },
      };
    }
    case EventType.RootCauseIdentified: {
      const data = event.data as Of<typeof EventType.RootCauseIdentified>;
      return {
        summary: `Cause identified: ${data.cause}; owned by ${data.department}`,
        details: { cause: data.cause, department: data.department, decidedBy: data.decidedBy },
      };
    }
    case EventType.AssignmentCreated: {
      const data = event.data as Of<typeof EventType.AssignmentCreated>;
      return {
        summary: `Assigned to ${data.owner.name} (${data.department}, level ${data.level})`,
        details: { department: data.department, level: data.level, resolveDueAt: data.resolveDueAt },
      };
    }
    case EventType.AssignmentAcknowledged: {
      const data = event.data as Of<typeof EventType.AssignmentAcknowledged>;
      return { summary: `${data.owner.name} acknowledged the assignment`, details: {} };
    }
    case EventType.AssignmentEscalated: {
      const data = event.data as Of<typeof EventType.AssignmentEscalated>;
      return {
        summary: `Escalated to ${data.newOwner.name} (level ${data.toLevel}): ${data.reason}`,
        details: { fromLevel: data.fromLevel, toLevel: data.toLevel, reason: data.reason },
      };
    }
    case EventType.AssignmentBreached: {
      const data = event.data as Of<typeof EventType.AssignmentBreached>;
      return {
        summary: `Deadline missed at the top of the chain (level ${data.level}): ${data.reason}`,
        details: { level: data.level, reason: data.reason },
      };
    }
    case EventType.AssignmentPaused: {
      const data = event.data as Of<typeof EventType.AssignmentPaused>;
      return {
        summary: `Work waits on ${data.waitingOn}: ${data.reason}`,
        details: { level: data.level, waitingOn: data.waitingOn, reason: data.reason, resumesBy: data.resumesBy },
      };
    }
    case EventType.AssignmentResumed: {
      const data = event.data as Of<typeof EventType.AssignmentResumed>;
      return {
        summary: data.automatic
          ? `Work resumed: the longest wait allowed is over; to resolve by ${data.resolveDueAt}`
          : `Work resumed by ${data.resumedBy.name}; to resolve by ${data.resolveDueAt}`,
        details: {
          level: data.level,
          automatic: data.automatic,
          acknowledgeDueAt: data.acknowledgeDueAt,
          resolveDueAt: data.resolveDueAt,
        },
      };
    }
    case EventType.AssignmentDeadlineApproaching: {
      // Staff warnings are not consumed by intake; described for completeness (replays, summaries).
      const data = event.data as Of<typeof EventType.AssignmentDeadlineApproaching>;
      return {
        summary: `${data.percent}% of the ${data.deadline} deadline at level ${data.level} has passed`,
        details: { level: data.level, deadline: data.deadline, percent: data.percent },
      };
    }
    case EventType.RootCauseResolved: {
      const data = event.data as Of<typeof EventType.RootCauseResolved>;
      return { summary: `Cause resolved by ${data.owner.name}`, details: { actionsTaken: data.actionsTaken } };
    }
    case EventType.CompensationGranted: {
      const data = event.data as Of<typeof EventType.CompensationGranted>;
      return {
        summary: `Compensation of ${formatMinorUnits(data.amount, data.currency)} ${data.currency} granted`,
        details: { amount: formatMinorUnits(data.amount, data.currency), currency: data.currency, basis: data.basis },
      };
    }
    case EventType.CompensationReviewRequired: {
      const data = event.data as Of<typeof EventType.CompensationReviewRequired>;
      return {
        summary: `Compensation sent to a person for review (${data.reason})`,
        details: {
          requested: formatMinorUnits(data.requested, data.currency),
          currency: data.currency,
          reason: data.reason,
        },
      };
    }
    case EventType.FeedbackReceived: {
      const data = event.data as Of<typeof EventType.FeedbackReceived>;
      return {
        summary: `Customer rated the answer ${data.rating}/5`,
        details: { rating: data.rating, ...(data.reason ? { reason: data.reason } : {}) },
      };
    }
    case EventType.PlaybookApplied: {
      const data = event.data as Of<typeof EventType.PlaybookApplied>;
      return {
        summary: `Handled at once under the plan "${data.playbook}"`,
        details: {
          playbookId: data.playbookId,
          compensation: formatMinorUnits(data.compensation, data.currency),
          currency: data.currency,
        },
      };
    }
    case EventType.FollowUpRequested: {
      const data = event.data as Of<typeof EventType.FollowUpRequested>;
      return {
        summary: `Low rating: customer service to call back by ${data.dueAt}`,
        details: { dueAt: data.dueAt, ...(data.reason ? { reason: data.reason } : {}) },
      };
    }
    case EventType.RootCauseReviewDeadlineApproaching: {
      // Not consumed by intake (staff notices only); described for replays and summaries.
      const data = event.data as Of<typeof EventType.RootCauseReviewDeadlineApproaching>;
      return {
        summary: `Committee reminded: ${data.nonVoters.length} member(s) yet to vote`,
        details: { reviewDueAt: data.reviewDueAt },
      };
    }
    case EventType.FollowUpAssigned: {
      // Not consumed by intake (staff notices only); described for replays and summaries.
      const data = event.data as Of<typeof EventType.FollowUpAssigned>;
      return {
        summary: `Callback owed by ${data.owner.name} (level ${data.level})`,
        details: { level: data.level, dueAt: data.dueAt },
      };
    }
    case EventType.FollowUpEscalated: {
      const data = event.data as Of<typeof EventType.FollowUpEscalated>;
      return {
        summary: `Callback overdue: passed to ${data.owner.name} (level ${data.toLevel})`,
        details: { level: data.toLevel, dueAt: data.dueAt },
      };
    }
    case EventType.ComplaintClosed: {
      const data = event.data as Of<typeof EventType.ComplaintClosed>;
      return { summary: `Complaint closed (${CLOSED_BECAUSE[data.reason]})`, details: { reason: data.reason } };
    }
    case EventType.FollowUpCompleted: {
      const data = event.data as Of<typeof EventType.FollowUpCompleted>;
      return { summary: `Customer service called back (${data.outcome})`, details: { outcome: data.outcome } };
    }
    // About an erasure, not a complaint: never on a timeline, which keeps no trace of whose data went.
    case EventType.CustomerErased:
    case EventType.CustomerErasureProgressed:
      return { summary: 'Personal data erased', details: {} };
  }
}
