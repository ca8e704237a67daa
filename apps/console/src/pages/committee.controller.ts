import { Body, Controller, ForbiddenException, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField, field, PageId } from '../http/forms';
import { Pages } from '../http/pages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { TriageApi } from '../upstream/triage.api';
import { UpstreamError } from '../upstream/upstream';
import { effectText } from './effect-text';

type RootCauseForm = 'vote' | 'decide' | 'merge' | 'move';

/** The committee: the agenda, a root cause with its votes and complaints, voting, and the chair's decisions. */
@Controller()
@ForRoles('member')
export class CommitteeController {
  constructor(
    private readonly pages: Pages,
    private readonly triage: TriageApi,
  ) {}

  @Get('committee')
  async agenda(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query('cursor') cursor?: string,
  ) {
    const t = translator(request.language);
    const agenda = await this.triage.agenda(user, cursor);
    const recentlyResolved = agenda.recentlyResolved.map((cause) => ({
      ...cause,
      effect: effectText(t, cause.effectiveness),
    }));
    return this.pages.render(request, reply, 'agenda', t('agenda.title'), {
      agenda,
      recentlyResolved,
      paged: Boolean(cursor),
    });
  }

  @Get('rootcauses/:id')
  rootCause(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
    @Query('cursor') cursor?: string,
  ) {
    return this.renderRootCause(request, reply, user, id, cursor);
  }

  @Post('rootcauses/:id/votes')
  vote(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
  ) {
    const choice = { cause: field(body, 'cause'), department: field(body, 'department') };
    return this.act(
      request,
      reply,
      user,
      id,
      'vote',
      choice,
      () => this.triage.vote(user, id, choice, request.id),
      'voted',
    );
  }

  @Post('rootcauses/:id/decision')
  decide(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
  ) {
    requireChair(user);
    const choice = { cause: field(body, 'cause'), department: field(body, 'department') };
    return this.act(
      request,
      reply,
      user,
      id,
      'decide',
      choice,
      () => this.triage.decide(user, id, choice, request.id),
      'identified',
    );
  }

  @Post('rootcauses/:id/merge')
  merge(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
  ) {
    requireChair(user);
    const into = { intoRootCauseId: field(body, 'intoRootCauseId').trim() };
    return this.act(
      request,
      reply,
      user,
      id,
      'merge',
      into,
      () => this.triage.merge(user, id, into.intoRootCauseId, request.id),
      'merged',
    );
  }

  @Post('complaints/:complaintId/move')
  move(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('complaintId', PageId) complaintId: string,
    @Body() body: unknown,
  ) {
    requireChair(user);
    const from = new PageId().transform(field(body, 'fromRootCauseId'));
    const to = { complaintId, toRootCauseId: field(body, 'toRootCauseId').trim() };
    return this.act(
      request,
      reply,
      user,
      from,
      'move',
      to,
      () => this.triage.move(user, complaintId, to.toRootCauseId, request.id),
      'moved',
    );
  }

  @Get('trends')
  trends(@Req() request: ConsoleRequest, @Res() reply: ConsoleReply, @Query('weeks') weeks?: string) {
    const t = translator(request.language);
    const shown = weeksOf(weeks);
    return this.pages.render(request, reply, 'trends', t('trends.title'), {
      weeks: shown,
      choices: [4, 8, 12, 26, 52].map((value) => ({ value, selected: value === shown })),
      alt: t('trends.chartAlt', { weeks: shown }),
    });
  }

  /** The chart from triage, served from here so the page needs no other origin; scripts in it could not run. */
  @Get('trends.svg')
  async trendsChart(@Res() reply: ConsoleReply, @CurrentUser() user: SignedInUser, @Query('weeks') weeks?: string) {
    const svg = await this.triage.trendsChart(user, weeksOf(weeks));
    return reply
      .header('content-type', 'image/svg+xml')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(svg);
  }

  /** Posts a form to triage; a refused field goes back to the same page, beside the field, with what was typed. */
  private async act(
    request: ConsoleRequest,
    reply: ConsoleReply,
    user: SignedInUser,
    id: string,
    form: RootCauseForm,
    values: Record<string, string>,
    send: () => Promise<unknown>,
    done: string,
  ) {
    try {
      await send();
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const errors = errorsByField(translator(request.language), error.fieldErrors, values);
      return this.renderRootCause(request, reply, user, id, undefined, { form, values, errors }, 400);
    }
    return reply.redirect(`/rootcauses/${id}?done=${done}`, 303);
  }

  private async renderRootCause(
    request: ConsoleRequest,
    reply: ConsoleReply,
    user: SignedInUser,
    id: string,
    cursor?: string,
    failed?: { form: RootCauseForm; values: Record<string, string>; errors: Record<string, string> },
    status = 200,
  ) {
    const t = translator(request.language);
    const [rootCause, departments, agenda] = await Promise.all([
      this.triage.rootCause(user, id, cursor),
      this.triage.departments(user),
      // The chair moves and merges into other open root causes: offer the heaviest ones by name.
      user.chair ? this.triage.agenda(user) : null,
    ]);
    const own = rootCause.votes.find((vote) => vote.memberId === user.id);
    const formValues = (form: RootCauseForm, fallback: Record<string, string>) =>
      failed?.form === form ? failed.values : fallback;
    const vote = formValues('vote', own ?? rootCause.suggestion);
    const decide = formValues('decide', own ?? rootCause.suggestion);
    const options = (chosen: string) =>
      departments.map((department) => ({ department, selected: department === chosen }));
    return this.pages.render(
      request,
      reply,
      'root-cause',
      t('rootCause.title', { category: rootCause.category, touchpoint: rootCause.touchpoint }),
      {
        rootCause,
        effect: rootCause.effectiveness && effectText(t, rootCause.effectiveness),
        open: rootCause.status === 'under-review',
        chair: Boolean(user.chair),
        paged: Boolean(cursor),
        vote: { ...vote, departments: options(vote.department), errors: failed?.form === 'vote' ? failed.errors : {} },
        decide: {
          ...decide,
          departments: options(decide.department),
          errors: failed?.form === 'decide' ? failed.errors : {},
        },
        merge: {
          ...formValues('merge', { intoRootCauseId: '' }),
          errors: failed?.form === 'merge' ? failed.errors : {},
        },
        move: failed?.form === 'move' ? { ...failed.values, errors: failed.errors } : null,
        otherRootCauses: (agenda?.items ?? []).filter((item) => item.id !== id),
        hasErrors: Boolean(failed),
      },
      status,
    );
  }
}

function requireChair(user: SignedInUser): void {
  if (!user.chair) throw new ForbiddenException();
}

function weeksOf(text: string | undefined): number {
  const weeks = Number(text);
  return Number.isInteger(weeks) && weeks >= 1 && weeks <= 52 ? weeks : 12;
}
