import type { StaffProfileView } from '@redress/http-api';
import { Body, Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField, field } from '../http/forms';
import { readTrail, trailLinks } from '../http/page-trail';
import { Pages } from '../http/pages';
import { MessageKey } from '../i18n/messages.en';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { PeopleApi } from '../upstream/people.api';
import { query } from '../upstream/page';
import { UpstreamError } from '../upstream/upstream';
import {
  deliveryChoices,
  formFieldOf,
  KINDS_OF,
  postedValues,
  profileRequest,
  profileValues,
  ProfileValues,
  StaffRole,
} from './preferences-form';

const PAGE_SIZE = 25;
const ROLES: StaffRole[] = ['owner', 'member', 'supervisor'];
/** The notifier's key of a person, `<role>:<id>`; anything else is no page of ours. */
const PERSON = /^(owner|member|supervisor):[\w-]{1,100}$/;

/**
 * The people of the notifier's staff directory, for a notifier admin: a list by name with a filter, and a form per
 * person (email, chat webhook, time zone, how each kind of notice reaches them), through the notifier's `/staff`
 * routes under the admin's own token. The notifier refuses anyone else's token with a 401, whatever the console shows.
 */
@Controller('people')
@ForRoles('notifier-admin')
export class PeopleController {
  constructor(
    private readonly pages: Pages,
    private readonly people: PeopleApi,
  ) {}

  @Get()
  async list(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query('role') askedRole?: string,
    @Query('q') askedWords?: string,
    @Query('cursor') cursor?: string,
    @Query('trail') trail?: string,
  ) {
    const t = translator(request.language);
    const role = ROLES.find((known) => known === askedRole);
    const words = typeof askedWords === 'string' ? askedWords.trim().slice(0, 100) : '';
    const page = await this.people.list(user, { role, q: words, cursor }, PAGE_SIZE);
    return this.pages.render(request, reply, 'people', t('people.title'), {
      people: page.items.map((person) => ({
        ...person,
        href: `/people/${encodeURIComponent(person.person)}`,
        displayName: person.name || t('people.unnamed'),
        roleText: t(`people.roleName.${person.role}` as MessageKey),
      })),
      roles: ROLES.map((known) => ({
        value: known,
        label: t(`people.roleName.${known}` as MessageKey),
        selected: known === role,
      })),
      words,
      links: trailLinks('/people', query({ role, q: words }).slice(1), cursor, readTrail(trail), page.nextCursor),
    });
  }

  @Get(':person')
  async edit(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('person') person: string,
  ) {
    const role = roleOfKey(person);
    const profile = await this.people.profile(user, person);
    const values = { ...profileValues(profile, KINDS_OF[role]), name: profile.name };
    return this.renderForm(request, reply, person, role, profile, values, {});
  }

  @Post(':person')
  async save(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('person') person: string,
    @Body() body: unknown,
  ) {
    const role = roleOfKey(person);
    const kinds = KINDS_OF[role];
    const values = { ...postedValues(body, kinds, field), name: field(body, 'name') };
    const name = values.name.trim();
    try {
      await this.people.save(user, person, { ...profileRequest(values, kinds), ...(name ? { name } : {}) }, request.id);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const fieldErrors = error.fieldErrors.map((problem) => ({ ...problem, field: formFieldOf(problem.field) }));
      const errors = errorsByField(translator(request.language), fieldErrors, values);
      const profile = await this.people.profile(user, person);
      return this.renderForm(request, reply, person, role, profile, values, errors, 400);
    }
    return reply.redirect(`/people/${encodeURIComponent(person)}?done=personSaved`, 303);
  }

  private renderForm(
    request: ConsoleRequest,
    reply: ConsoleReply,
    person: string,
    role: StaffRole,
    profile: StaffProfileView,
    values: ProfileValues,
    errors: Record<string, string>,
    status = 200,
  ) {
    const t = translator(request.language);
    return this.pages.render(
      request,
      reply,
      'person',
      t('people.editTitle', { name: profile.name || t('people.unnamed') }),
      {
        person,
        action: `/people/${encodeURIComponent(person)}`,
        roleText: t(`people.roleName.${role}` as MessageKey),
        values,
        errors,
        hasErrors: Object.keys(errors).length > 0,
        kinds: KINDS_OF[role].map((kind) => ({
          kind,
          label: t(`people.kind.${kind}` as MessageKey),
          error: errors[kind],
          options: deliveryChoices(t, values[kind]),
        })),
      },
      status,
    );
  }
}

function roleOfKey(person: string): StaffRole {
  const match = PERSON.exec(person);
  if (!match) throw new NotFoundException();
  return match[1] as StaffRole;
}
