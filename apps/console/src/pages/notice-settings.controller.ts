import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField, field } from '../http/forms';
import { Pages } from '../http/pages';
import { MessageKey } from '../i18n/messages.en';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { NotifierApi } from '../upstream/notifier.api';
import { UpstreamError } from '../upstream/upstream';
import {
  deliveryChoices,
  formFieldOf,
  KINDS_OF,
  postedValues,
  profileRequest,
  profileValues,
  ProfileValues,
} from './preferences-form';

/** The notice kinds each role receives; people who are not in the staff directory receive none. */
const KINDS: Record<SignedInUser['role'], string[]> = {
  ...KINDS_OF,
  ops: [],
  admin: [],
  'notifier-admin': [],
  'escalation-admin': [],
};

type Values = ProfileValues;
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
    return this.render(
      request,
      reply,
      user,
      profileValues(await this.notifier.myProfile(user), KINDS[user.role]),
      {},
      200,
      done,
    );
  }

  @Post()
  async save(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Body() body: unknown,
  ) {
    const values = postedValues(body, KINDS[user.role], field);
    try {
      await this.notifier.saveMyProfile(user, profileRequest(values, KINDS[user.role]), request.id);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const fieldErrors = error.fieldErrors.map((problem) => ({ ...problem, field: formFieldOf(problem.field) }));
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
          options: deliveryChoices(t, values[kind]),
        })),
      },
      status,
    );
  }
}
