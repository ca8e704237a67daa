/** Enumerations shared by the HTTP contract and the events. */
export const TOUCHPOINTS = ['store', 'web', 'app', 'call-centre', 'delivery', 'other'] as const;
export type Touchpoint = (typeof TOUCHPOINTS)[number];

export const DISSATISFACTION_LEVELS = ['outraged', 'upset', 'mild'] as const;
export type Dissatisfaction = (typeof DISSATISFACTION_LEVELS)[number];

export const CHANNELS = ['email', 'sms', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Languages a customer can be written to in; each has the notifier's message templates. */
export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const REMEDY_TYPES = ['refund', 'replacement', 'repair', 'apology', 'other'] as const;
export type RemedyType = (typeof REMEDY_TYPES)[number];

export const DECIDED_BY = ['committee', 'chair', 'timeout'] as const;
export type DecidedBy = (typeof DECIDED_BY)[number];

/** Why a complaint was linked again: the chair moved it, or merged its root cause into another. */
export const RELINK_REASONS = ['moved', 'merged', 'clustered'] as const;
export type RelinkReason = (typeof RELINK_REASONS)[number];

export const ESCALATION_REASONS = ['acknowledge-overdue', 'resolve-overdue'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

/** `compensation`: paid before the cause is removed (COMPENSATION_MAX_WAIT); `review-decision`: a supervisor's approval or rejection. */
export const NOTIFICATION_KINDS = [
  'acknowledgement',
  'progress',
  'resolution',
  'compensation',
  'review-decision',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const DELIVERY_STATUSES = ['sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * What accepted a sent message: the mail server, the SMS gateway, the client system's callback, or, outside production
 * only, nothing at all: `log-only` means the message was written to the notifier's log and reached no one.
 */
export const TRANSPORTS = ['smtp', 'sms-gateway', 'webhook', 'log-only'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** `playbook`: the amount a force-majeure playbook pre-authorised, granted on receipt. */
export const COMPENSATION_BASES = ['claimed-within-limit', 'tier', 'capped', 'playbook'] as const;
export type CompensationBasis = (typeof COMPENSATION_BASES)[number];

/** Why a customer rated the outcome 1 or 2: the feedback page offers these, plus free text. */
export const LOW_SCORE_REASONS = ['not-fixed', 'too-slow', 'compensation', 'communication', 'other'] as const;
export type LowScoreReason = (typeof LOW_SCORE_REASONS)[number];

export const FOLLOW_UP_OUTCOMES = ['reached', 'unreachable'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** Why a complaint closed: a good rating, the callback a low one asked for, or time after the resolution. */
export const CLOSE_REASONS = ['rated', 'called-back', 'time-elapsed'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const REVIEW_REASONS = ['over-limit', 'budget-exhausted'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** ISO 4217 code. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** E.164: a plus sign and up to 15 digits, no leading zero. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;
/** 24-hour clock time, HH:MM. */
export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** How urgently a root cause must be fixed; each severity has its own deadlines in the department's chain. */
export const SEVERITIES = ['low', 'normal', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a customer may attach to a complaint, told by the file's first bytes (never by its name). */
export const ATTACHMENT_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentContentType = (typeof ATTACHMENT_CONTENT_TYPES)[number];
