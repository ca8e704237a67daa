/** People the notifier tells of work waiting for them, keyed `<role>:<id>` in the staff directory. */
export const STAFF_ROLES = ['owner', 'member', 'supervisor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The kinds of notice staff receive; each person chooses per kind: at once, or in a daily digest. */
export const NOTICE_KINDS = [
  /** Owner: an assignment was created for them. */
  'assignment-created',
  /** Next level up: an assignment was escalated to them. */
  'assignment-escalated',
  /** Owner: a share of a deadline passed (SLA_WARNINGS). */
  'deadline-warning',
  /** The owner at the top of the chain: a deadline passed with nobody above. */
  'deadline-breached',
  /** Owner in customer service: a callback after a low rating is owed by them (assigned or escalated to them). */
  'callback-owed',
  /** Committee members: a new root cause awaits review. */
  'new-root-cause',
  /** Committee members who have not voted: a review deadline is near (COMMITTEE_REVIEW_REMINDER). */
  'review-deadline-approaching',
  /** The committee's chair: the votes or the review deadline decided a root cause without them. */
  'root-cause-decided',
  /** Supervisors: a compensation awaits review. */
  'review-item',
  /** Supervisors: the period's compensation budget reached 80% or 100%. */
  'budget-threshold',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export type NoticePreference = { delivery: 'now' } | { delivery: 'digest'; hour: number };
export type NoticePreferences = Partial<Record<NoticeKind, NoticePreference>>;

/** Agendas and review queues read best as one morning list; anything with a deadline, or money, goes at once. */
const DEFAULTS: Record<NoticeKind, NoticePreference> = {
  'assignment-created': { delivery: 'now' },
  'assignment-escalated': { delivery: 'now' },
  'deadline-warning': { delivery: 'now' },
  'deadline-breached': { delivery: 'now' },
  'callback-owed': { delivery: 'now' },
  'new-root-cause': { delivery: 'digest', hour: 9 },
  'review-deadline-approaching': { delivery: 'now' },
  'root-cause-decided': { delivery: 'now' },
  'review-item': { delivery: 'digest', hour: 9 },
  'budget-threshold': { delivery: 'now' },
};

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

/** How `kind` reaches a person: their choice, else the default. */
export function preferenceFor(preferences: NoticePreferences, kind: NoticeKind): NoticePreference {
  return preferences[kind] ?? DEFAULTS[kind];
}

/** Every kind with the person's choice or the default, as the directory shows it. */
export function allPreferences(preferences: NoticePreferences): Record<NoticeKind, NoticePreference> {
  return Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, preferenceFor(preferences, kind)])) as Record<
    NoticeKind,
    NoticePreference
  >;
}

export interface PreferenceProblem {
  field: string;
  reason: string;
}

/**
 * Reads preferences as a person sends them: `{ "<kind>": { "delivery": "now" } | { "delivery": "digest", "hour": 0-23 } }`.
 * Kinds left out keep their default. Every problem is named by its field.
 */
export function parsePreferences(
  input: unknown,
  field = 'preferences',
): { preferences: NoticePreferences } | { problems: PreferenceProblem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { problems: [{ field, reason: 'must be an object keyed by notice kind' }] };
  const problems: PreferenceProblem[] = [];
  const preferences: NoticePreferences = {};
  for (const [kind, value] of Object.entries(input)) {
    const at = `${field}.${kind}`;
    if (!(NOTICE_KINDS as readonly string[]).includes(kind)) {
      problems.push({ field: at, reason: `is not a notice kind (${NOTICE_KINDS.join(', ')})` });
      continue;
    }
    const choice = value as Record<string, unknown> | null;
    if (typeof choice !== 'object' || choice === null || Array.isArray(choice)) {
      problems.push({ field: at, reason: 'must be an object with delivery' });
      continue;
    }
    const extra = Object.keys(choice).filter((key) => key !== 'delivery' && key !== 'hour');
    if (extra.length > 0) problems.push({ field: `${at}.${extra[0]}`, reason: 'is not a known field' });
    if (choice.delivery === 'now') {
      if (choice.hour !== undefined) problems.push({ field: `${at}.hour`, reason: 'is only for a digest' });
      else preferences[kind as NoticeKind] = { delivery: 'now' };
    } else if (choice.delivery === 'digest') {
      if (!Number.isInteger(choice.hour) || (choice.hour as number) < 0 || (choice.hour as number) > 23)
        problems.push({ field: `${at}.hour`, reason: 'must be a whole hour from 0 to 23 on the person’s clock' });
      else preferences[kind as NoticeKind] = { delivery: 'digest', hour: choice.hour as number };
    } else problems.push({ field: `${at}.delivery`, reason: 'must be now or digest' });
  }
  return problems.length > 0 ? { problems } : { preferences };
}

/** The person key of a role and id, as notices and the directory use it. */
export function personKey(role: StaffRole, id: string): string {
  return `${role}:${id}`;
}

/** The role and id of a person key, or null when it is not one. */
export function parsePersonKey(text: string): { role: StaffRole; id: string } | null {
  const match = /^([a-z]+):([0-9A-Za-z-]{1,64})$/.exec(text);
  return match && isStaffRole(match[1]) ? { role: match[1], id: match[2] } : null;
}
