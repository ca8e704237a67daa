import type { AssignmentSummary, ComplaintMatch } from '@redress/http-api';
import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { timeLeft } from '../domain/time-left';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField, field, PageId } from '../http/forms';
import { Pages } from '../http/pages';
import { formatTimeLeft, Translate, translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { EscalationApi, Pause, Resolution } from '../upstream/escalation.api';
import { IntakeApi } from '../upstream/intake.api';
import { Page } from '../upstream/page';
import { UpstreamError } from '../upstream/upstream';

const STATUSES = ['open', 'acknowledged', 'resolved'];

/** A department owner's work: the department's assignments with time left, acknowledging and resolving. */
@Controller('assignments')
@ForRoles('owner')
export class AssignmentsController {
  constructor(
    private readonly pages: Pages,
    private readonly escalation: EscalationApi,
    private readonly intake: IntakeApi,
  ) {}

  @Get()
  async list(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query('status') status?: string,
    @Query('cursor') cursor?: string,
  ) {
    const t = translator(request.language);
    const chosen = status && STATUSES.includes(status) ? status : undefined;
    const page = await this.escalation.assignments(user, chosen, cursor);
    const now = new Date();
    return this.pages.render(request, reply, 'assignments', t('assignments.title', { department: user.department }), {
      assignments: page.items.map((assignment) => withDeadlines(t, assignment, now)),
      nextCursor: page.nextCursor,
      status: chosen ?? '',
      statuses: STATUSES.map((value) => ({
        value,
        label: t(`status.${value}` as 'status.open'),
        selected: value === chosen,
      })),
      paged: Boolean(cursor),
    });
  }

  @Get(':id')
  show(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
  ) {
    return this.renderAssignment(request, reply, user, id);
  }

  @Post(':id/acknowledge')
  async acknowledge(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
  ) {
    await this.escalation.acknowledge(user, id, request.id);
    return reply.redirect(`/assignments/${id}?done=acknowledged`, 303);
  }

  @Post(':id/resolve')
  async resolve(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
  ) {
    const resolution: Resolution = {
      actionsTaken: field(body, 'actionsTaken'),
      causeReport: field(body, 'causeReport'),
      eliminationProposal: field(body, 'eliminationProposal'),
      customerSummary: field(body, 'customerSummary'),
    };
    try {
      // An empty summary means none: customers then read a neutral sentence.
      const { customerSummary, ...deliverables } = resolution;
      await this.escalation.resolve(user, id, customerSummary?.trim() ? resolution : deliverables, request.id);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const errors = errorsByField(translator(request.language), error.fieldErrors, {
        ...resolution,
        customerSummary: resolution.customerSummary ?? '',
      });
      return this.renderAssignment(request, reply, user, id, { values: resolution, errors }, 400);
    }
    return reply.redirect(`/assignments/${id}?done=resolved`, 303);
  }

  @Post(':id/wait')
  async wait(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
  ) {
    const pause: Pause = { waitingOn: field(body, 'waitingOn'), reason: field(body, 'reason') };
    try {
      await this.escalation.wait(user, id, pause, request.id);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
      const errors = errorsByField(translator(request.language), error.fieldErrors, { ...pause });
      return this.renderAssignment(request, reply, user, id, { pause, errors }, 400);
    }
    return reply.redirect(`/assignments/${id}?done=waiting`, 303);
  }

  @Post(':id/resume')
  async resume(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Param('id', PageId) id: string,
  ) {
    await this.escalation.resume(user, id, request.id);
    return reply.redirect(`/assignments/${id}?done=resumed`, 303);
  }

  private async renderAssignment(
    request: ConsoleRequest,
    reply: ConsoleReply,
    user: SignedInUser,
    id: string,
    failed?: { values?: Resolution; pause?: Pause; errors: Record<string, string> },
    status = 200,
  ) {
    const t = translator(request.language);
    const assignment = await this.escalation.assignment(user, id);
    const complaints = await this.complaintsBehind(user, assignment.rootCauseId, request.id);
    return this.pages.render(
      request,
      reply,
      'assignment',
      t('assignment.title', { cause: assignment.cause }),
      {
        assignment: withDeadlines(t, assignment, new Date()),
        canAcknowledge: assignment.status === 'open',
        canResolve: assignment.status !== 'resolved',
        // The clock stops for an outside party while unresolved; escalation refuses anyone below the level that has it.
        canWait: assignment.status !== 'resolved' && !assignment.waiting,
        canResume: assignment.status !== 'resolved' && Boolean(assignment.waiting),
        pause: failed?.pause ?? { waitingOn: '', reason: '' },
        waitFailed: Boolean(failed?.pause),
        resolution: failed?.values ?? {
          actionsTaken: '',
          causeReport: '',
          eliminationProposal: '',
          customerSummary: '',
        },
        errors: failed?.errors ?? {},
        hasErrors: Boolean(failed),
        complaints: complaints?.items ?? [],
        complaintsUnavailable: complaints === null,
        moreComplaints: Boolean(complaints?.nextCursor),
        complaintsQuery: new URLSearchParams({ rootCauseId: assignment.rootCauseId }).toString(),
      },
      status,
    );
  }

  /**
   * The newest complaints behind the assignment, found with the owner's own token (intake lets owners search their
   * department's). A phone number only where a callback is owed: otherwise staff act on the cause, not the customer.
   */
  private async complaintsBehind(user: SignedInUser, rootCauseId: string, correlationId: string) {
    let page: Page<ComplaintMatch>;
    try {
      page = await this.intake.search(user, { rootCauseId, limit: String(COMPLAINTS_SHOWN) }, correlationId);
    } catch (error) {
      // The assignment is what the owner came for: without intake the page still shows it.
      if (error instanceof UpstreamError) return null;
      throw error;
    }
    const items = await Promise.all(
      page.items.map(async (complaint) => ({
        ...complaint,
        callbackPhone:
          complaint.status === 'follow-up'
            ? await this.intake.callbackPhone(complaint.id, correlationId).catch(() => null)
            : null,
      })),
    );
    return { items, nextCursor: page.nextCursor };
  }
}

/** How many of the complaints behind an assignment its page lists; the rest are a search away. */
const COMPLAINTS_SHOWN = 20;

/** Each deadline as time left or overdue, unless the step it guards is done. */
function withDeadlines<T extends AssignmentSummary>(t: Translate, assignment: T, now: Date) {
  const deadline = (dueAt: string, doneAt: string | null) => {
    if (doneAt || assignment.status === 'resolved') return { text: t('deadline.done'), overdue: false, dueAt };
    // While it waits the clock is stopped: time left would mislead, and the resume moves the deadline anyway.
    if (assignment.waiting) return { text: t('deadline.paused'), overdue: false, dueAt };
    const left = timeLeft(new Date(dueAt), now);
    return { text: formatTimeLeft(t, left), overdue: left.overdue, dueAt };
  };
  return {
    ...assignment,
    statusText: t(`status.${assignment.status}` as 'status.open'),
    acknowledge: deadline(assignment.acknowledgeDueAt, assignment.acknowledgedAt),
    resolve: deadline(assignment.resolveDueAt, assignment.resolvedAt),
  };
}
