import { EventType, isEventType } from '@redress/contracts';
import { ReplayHeader } from '@redress/messaging';

/** The payload fields worth a glance, per event type, in the order shown. */
const SUMMARY_FIELDS: Record<EventType, string[]> = {
  [EventType.ComplaintReceived]: [
    'touchpoint',
    'dissatisfaction',
    'clientSystem',
    'customer.name',
    'customer.phone',
    'customer.email',
    'order.amount',
    'order.currency',
    'remedy.type',
    'text',
  ],
  [EventType.ComplaintAttachmentAdded]: ['complaintId', 'attachmentId', 'contentType', 'sizeBytes'],
  [EventType.RootCauseOpened]: ['category', 'touchpoint', 'suggestedDepartment', 'firstComplaintId'],
  [EventType.RootCauseComplaintLinked]: ['complaintId', 'rootCauseId', 'category', 'relinkReason'],
  [EventType.RootCauseClusterDetected]: ['rootCauseId', 'touchpoint', 'words', 'complaintCount', 'firstReceivedAt'],
  [EventType.CategorySpikeDetected]: ['category', 'touchpoint', 'window', 'windowStart', 'count', 'usual'],
  [EventType.RootCauseIdentified]: ['rootCauseId', 'department', 'decidedBy', 'complaintCount', 'cause'],
  [EventType.RootCauseReviewDeadlineApproaching]: ['rootCauseId', 'category', 'reviewDueAt'],
  [EventType.AssignmentCreated]: [
    'rootCauseId',
    'department',
    'level',
    'owner.name',
    'acknowledgeDueAt',
    'complaintCount',
  ],
  [EventType.AssignmentAcknowledged]: ['rootCauseId', 'owner.name', 'at'],
  [EventType.AssignmentEscalated]: ['rootCauseId', 'fromLevel', 'toLevel', 'reason', 'newOwner.name'],
  [EventType.AssignmentBreached]: ['rootCauseId', 'department', 'level', 'reason', 'missedDueAt'],
  [EventType.AssignmentPaused]: ['rootCauseId', 'level', 'pausedBy.name', 'waitingOn', 'resumesBy'],
  [EventType.AssignmentResumed]: ['rootCauseId', 'level', 'resumedBy.name', 'automatic', 'resolveDueAt'],
  [EventType.AssignmentDeadlineApproaching]: ['rootCauseId', 'department', 'level', 'deadline', 'percent', 'dueAt'],
  [EventType.RootCauseResolved]: ['rootCauseId', 'owner.name', 'complaintCount', 'resolvedAt'],
  [EventType.CustomerNotified]: ['complaintId', 'kind', 'channel', 'status', 'attempts'],
  [EventType.CompensationGranted]: ['complaintId', 'amount', 'currency', 'basis'],
  [EventType.CompensationReviewRequired]: ['complaintId', 'requested', 'granted', 'currency', 'reason'],
  [EventType.FeedbackReceived]: ['complaintId', 'rating', 'reason', 'comment'],
  [EventType.PlaybookApplied]: ['complaintId', 'playbook', 'compensation', 'currency'],
  [EventType.FollowUpRequested]: ['complaintId', 'rating', 'reason', 'dueAt'],
  [EventType.FollowUpAssigned]: ['complaintId', 'followUpId', 'level', 'owner.name', 'dueAt'],
  [EventType.FollowUpEscalated]: ['complaintId', 'fromLevel', 'toLevel', 'owner.name', 'dueAt'],
  [EventType.FollowUpCompleted]: ['complaintId', 'owner.name', 'outcome'],
  [EventType.ComplaintClosed]: ['complaintId', 'reason', 'closedAt'],
  [EventType.CustomerErased]: ['erasureId', 'part', 'parts'],
  [EventType.CustomerErasureProgressed]: ['erasureId', 'service', 'part', 'parts', 'complaints'],
};
/** Fields that name or reach a person: shown masked. */
const PERSONAL = new Set(['name', 'phone', 'email']);
/** What customers wrote in their own words, which may name anyone: shown as a length only. */
const CUSTOMER_TEXT = new Set(['text', 'comment']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_VALUE = 40;

export interface RawMessage {
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: Record<string, unknown>;
}

/** One readable line: time, topic, type, key, correlation id and the payload in short, personal data masked. */
export function describeMessage(topic: string, message: RawMessage): string {
  const time = new Date(Number(message.timestamp)).toISOString();
  const key = message.key?.toString('utf8') ?? '-';
  const envelope = parseEnvelope(message.value);
  if (!envelope)
    return [time, topic, '(not an event envelope)', `key=${key}`, `${message.value?.length ?? 0} bytes`].join('  ');
  const replayedFrom = message.headers?.[ReplayHeader.ReplayedFrom];
  return [
    time,
    topic,
    envelope.type,
    `key=${key}`,
    `corr=${envelope.correlationId ?? '-'}`,
    summarize(envelope.type, envelope.data),
    ...(replayedFrom ? [`(replayed from ${String(replayedFrom)})`] : []),
  ].join('  ');
}

/** `field=value` pairs of the chosen fields (of every top-level field for a type this version does not know). */
export function summarize(type: string, data: unknown): string {
  const fields = isEventType(type)
    ? SUMMARY_FIELDS[type]
    : Object.keys(typeof data === 'object' && data !== null ? data : {});
  return fields
    .map(
      (path) =>
        [
          path,
          path
            .split('.')
            .reduce<unknown>((value, name) => (value as Record<string, unknown> | undefined)?.[name], data),
        ] as const,
    )
    .filter(([, value]) => value !== undefined)
    .map(([path, value]) => `${path}=${show(path.slice(path.lastIndexOf('.') + 1), value)}`)
    .join(' ');
}

function show(field: string, value: unknown): string {
  if (Array.isArray(value)) return `[${value.length} items]`;
  if (typeof value === 'object' && value !== null) return '{…}';
  if (typeof value !== 'string') return String(value);
  if (PERSONAL.has(field)) return mask(field, value);
  if (CUSTOMER_TEXT.has(field)) return `[${value.length} chars]`;
  if (UUID.test(value)) return `${value.slice(0, 8)}…`;
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
}

export function mask(field: string, value: string): string {
  if (field === 'phone') return `${value.slice(0, 2)}${'*'.repeat(Math.max(value.length - 4, 0))}${value.slice(-2)}`;
  if (field === 'email') return value.replace(/^(.)[^@]*/, '$1***');
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word[0]}***`)
    .join(' ');
}

function parseEnvelope(value: Buffer | null): { type: string; correlationId?: string; data?: unknown } | null {
  try {
    const parsed = JSON.parse(value?.toString('utf8') ?? '') as {
      type?: unknown;
      correlationId?: unknown;
      data?: unknown;
    };
    if (typeof parsed?.type !== 'string') return null;
    return {
      type: parsed.type,
      correlationId: typeof parsed.correlationId === 'string' ? parsed.correlationId : undefined,
      data: parsed.data,
    };
  } catch {
    return null;
  }
}
