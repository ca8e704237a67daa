import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField, field } from '../http/forms';
import { Pages } from '../http/pages';
import { MessageKey } from '../i18n/messages.en';
import { Translate, translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { NotifierApi } from '../upstream/notifier.api';
import { UpstreamError } from '../upstream/upstream';

/** The notice kinds each role receives (the notifier's NOTICE_KINDS, by whom they are for). */
const KINDS: Record<SignedInUser['role'], string[]> = {
  owner: ['assignment-created', 'assignment-escalated', 'deadline-warning', 'deadline-breached', 'callback-owed'],
  member: ['new-root-cause', 'review-deadline-approaching', 'root-cause-decided'],
  supervisor: ['review-item', 'budget-threshold'],
  ops: [],
  admin: [],
};
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

type Values = Record<string, string>;
type StaffProfileView = Awaited<ReturnType<NotifierApi['myProfile']>>;

/** "How I am told": the person's own staff profile on the notifier (PUT /staff/me with their token). */
@Controller('notices/settings')
@ForRoles('member', 'owner', 'supervisor')
export class NoticeSettingsController {
  constructor(
    private readonly pages: Pages,
    private readonly notifier: NotifierApi,
  ) {}

  @Get()
  async show(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query('done') done?: string,
  ) {
    return this.render(request, reply, user, valuesOf(await this.notifier.myProfile(user), user), {}, 200, done);
  }

  @Post()
  async save(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Body() body: unknown,
  ) {
    const values: Values = { email: field(body, 'email'), chatWebhookUrl: field(body, 'chatWebhookUrl') };
    values.timeZone = field(body, 'timeZone');
    for (const kind of KINDS[user.role]) values[kind] = field(body, kind);
    try {
      await this.notifier.saveMyProfile(user, profileOf(values, user), request.id);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      // `preferences.<kind>.hour` and the like belong beside the kind's own choice.
      const fieldErrors = error.fieldErrors.map((problem) => ({
        ...problem,
        field: /^preferences\.([a-z-]+)/.exec(problem.field)?.[1] ?? problem.field,
      }));
      const errors = errorsByField(translator(request.language), fieldErrors, values);
      return this.render(request, reply, user, values, errors, 400);
    }
    return reply.redirect('/notices/settings?done=saved', 303);
  }

  private render(
    request: ConsoleRequest,
    reply: ConsoleReply,
    user: SignedInUser,
    values: Values,
    errors: Record<string, string>,
    status: number,
    done?: string,
  ) {
    const t = translator(request.language);
    return this.pages.render(
      request,
      reply,
      'notice-settings',
      t('notices.settings'),
      {
        values,
        errors,
        hasErrors: Object.keys(errors).length > 0,
        saved: done === 'saved',
        kinds: KINDS[user.role].map((kind) => ({
          kind,
          label: t(`notices.kind.${kind}` as MessageKey),
          error: errors[kind],
          options: choices(t, values[kind]),
        })),
      },
      status,
    );
  }
}

/** What the form shows: the profile's values, a kind's choice as `now` or `digest:<hour>`. */
function valuesOf(profile: StaffProfileView, user: SignedInUser): Values {
  const values: Values = {
    email: profile.email ?? '',
    chatWebhookUrl: profile.chatWebhookUrl ?? '',
    timeZone: profile.timeZone,
  };
  const preferences = profile.preferences as Record<string, { delivery: string; hour?: number }>;
  for (const kind of KINDS[user.role]) {
    const preference = preferences[kind];
    values[kind] = preference?.delivery === 'digest' ? `digest:${preference.hour}` : 'now';
  }
  return values;
}

/** The body of PUT /staff/me: an emptied email or webhook clears it; a choice the form did not send is left alone. */
function profileOf(values: Values, user: SignedInUser): object {
  const preferences: Record<string, unknown> = {};
  for (const kind of KINDS[user.role]) {
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

function choices(t: Translate, chosen: string) {
  return [
    { value: 'now', label: t('notices.now'), selected: chosen === 'now' },
    ...HOURS.map((hour) => ({
      value: `digest:${hour}`,
      label: t('notices.digestAt', { hour: String(hour).padStart(2, '0') }),
      selected: chosen === `digest:${hour}`,
    })),
  ];
}
