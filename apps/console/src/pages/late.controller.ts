import type { CompensationView, OverdueAssignment } from '@redress/http-api';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { timeLeft } from '../domain/time-left';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { Pages } from '../http/pages';
import { formatDuration, formatTimeLeft, translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { EscalationApi } from '../upstream/escalation.api';
import { NotifierApi } from '../upstream/notifier.api';
import { Page } from '../upstream/page';
import { UpstreamError } from '../upstream/upstream';

/** Heads lead a department from this level of its chain up: escalation's report routes let them read it whole. */
const HEAD_LEVEL = 2;

/**
 * What is late: assignments that breached at the top of their chain, then those overdue or whose next deadline is
 * near, as escalation ranks them, each with its level, holder and age. An owner sees their department's; a head, a
 * supervisor and escalation's admin read escalation's report (a head their own department, a supervisor and the admin
 * every one or the one asked for: escalation decides), and a supervisor also the compensations waiting for a decision.
 */
@Controller('late')
@ForRoles('owner', 'supervisor', 'escalation-admin')
export class LateController {
  constructor(
    private readonly pages: Pages,
    private readonly escalation: EscalationApi,
    private readonly notifier: NotifierApi,
  ) {}

  @Get()
  async list(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query('cursor') cursor?: string,
    @Query('department') asked?: string,
  ) {
    const t = translator(request.language);
    const department = typeof asked === 'string' && asked.trim() !== '' ? asked.trim() : undefined;
    const everyDepartment = user.role === 'supervisor' || user.role === 'escalation-admin';
    const reads = everyDepartment || (user.level ?? 1) >= HEAD_LEVEL ? 'report' : 'own';
    let page: Page<OverdueAssignment> = { items: [], nextCursor: null };
    let departmentError: string | null = null;
    let status = 200;
    try {
      page =
        reads === 'report'
          ? await this.escalation.lateReport(user, department, cursor)
          : await this.escalation.late(user, cursor);
    } catch (error) {
      if (!(error instanceof UpstreamError) || (error.status !== 400 && error.status !== 403)) throw error;
      status = error.status;
      departmentError = error.fieldErrors[0]?.reason ?? error.message.replace(/^\w+: \d+ /, '');
    }
    const review = user.role === 'supervisor' ? await this.notifier.reviewQueue(user) : null;
    const now = new Date();
    const title =
      everyDepartment && department === undefined
        ? t('late.titleAll')
        : t('late.title', { department: department ?? user.department ?? '' });
    return this.pages.render(
      request,
      reply,
      'late',
      title,
      {
        assignments: page.items.map((assignment) => ({
          ...assignment,
          late: assignment.attention !== 'near-breach',
          attentionText:
            assignment.attention === 'breached'
              ? t('late.breached')
              : formatTimeLeft(t, timeLeft(new Date(assignment.attentionAt), now)),
          age: t('late.ago', { time: formatDuration(t, timeLeft(new Date(assignment.createdAt), now)) }),
        })),
        acrossDepartments: reads === 'report',
        filter: reads === 'report',
        everyDepartment,
        department: department ?? (user.role === 'owner' ? user.department : ''),
        departmentError,
        linkAssignments: user.role === 'owner',
        showReview: review !== null,
        review: review?.items.map(reviewItem) ?? [],
        reviewMore: Boolean(review?.nextCursor),
        nextCursor: page.nextCursor,
        paged: Boolean(cursor),
        query: department ? new URLSearchParams({ department }).toString() : '',
      },
      status,
    );
  }
}

/** A compensation waiting for a supervisor: the amount to approve, and whether a second approval is still owed. */
function reviewItem(item: CompensationView) {
  return { ...item, toApprove: item.requested ?? item.granted, secondApproval: item.firstApproval !== null };
}
