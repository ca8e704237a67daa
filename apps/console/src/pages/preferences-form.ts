import { Translate } from '../i18n/translate';

/** The people the notifier's staff directory keeps, by the role in their key (`<role>:<id>`). */
export type StaffRole = 'owner' | 'member' | 'supervisor';

/** The notice kinds each role receives (the notifier's NOTICE_KINDS, by whom they are for). */
export const KINDS_OF: Record<StaffRole, string[]> = {
  owner: ['assignment-created', 'assignment-escalated', 'deadline-warning', 'deadline-breached', 'callback-owed'],
  member: ['new-root-cause', 'review-deadline-approaching', 'root-cause-decided'],
  supervisor: ['review-item', 'budget-threshold'],
};
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export type ProfileValues = Record<string, string>;

interface Profile {
  email: string | null;
  chatWebhookUrl: string | null;
  timeZone: string;
  preferences: object;
}

/** What the form shows: the profile's values, a kind's choice as `now` or `digest:<hour>`. */
export function profileValues(profile: Profile, kinds: string[]): ProfileValues {
  const values: ProfileValues = {
    email: profile.email ?? '',
    chatWebhookUrl: profile.chatWebhookUrl ?? '',
    timeZone: profile.timeZone,
  };
  const preferences = profile.preferences as Record<string, { delivery: string; hour?: number } | undefined>;
  for (const kind of kinds) {
    const preference = preferences[kind];
    values[kind] = preference?.delivery === 'digest' ? `digest:${preference.hour}` : 'now';
  }
  return values;
}

/** What was posted, each field as text (a field the form did not send is empty). */
export function postedValues(body: unknown, kinds: string[], field: (body: unknown, name: string) => string) {
  const values: ProfileValues = { email: field(body, 'email'), chatWebhookUrl: field(body, 'chatWebhookUrl') };
  values.timeZone = field(body, 'timeZone');
  for (const kind of kinds) values[kind] = field(body, kind);
  return values;
}

/** The body of a PUT /staff/...: an emptied email or webhook clears it; a choice the form did not send is left alone. */
export function profileRequest(values: ProfileValues, kinds: string[]): Record<string, unknown> {
  const preferences: Record<string, unknown> = {};
  for (const kind of kinds) {
    const digest = /^digest:(\d{1,2})$/.exec(values[kind]);
    if (digest) preferences[kind] = { delivery: 'digest', hour: Number(digest[1]) };
    else if (values[kind] === 'now') preferences[kind] = { delivery: 'now' };
  }
  return {
    email: values.email.trim() || null,
    chatWebhookUrl: values.chatWebhookUrl.trim() || null,
    ...(values.timeZone.trim() ? { timeZone: values.timeZone.trim() } : {}),
    preferences,
  };
}

/** `preferences.<kind>.hour` and the like belong beside the kind's own choice. */
export function formFieldOf(field: string): string {
  return /^preferences\.([a-z-]+)/.exec(field)?.[1] ?? field;
}

/** At once, or a daily digest at one of the 24 hours. */
export function deliveryChoices(t: Translate, chosen: string) {
  return [
    { value: 'now', label: t('notices.now'), selected: chosen === 'now' },
    ...HOURS.map((hour) => ({
      value: `digest:${hour}`,
      label: t('notices.digestAt', { hour: String(hour).padStart(2, '0') }),
      selected: chosen === `digest:${hour}`,
    })),
  ];
}
