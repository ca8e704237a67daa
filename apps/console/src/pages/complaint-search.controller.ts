import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { TOUCHPOINTS } from '@redress/contracts';
import type { ComplaintMatch } from '@redress/http-api';
import { ConsoleReply, ConsoleRequest, CurrentUser, ForRoles } from '../http/console-request';
import { errorsByField } from '../http/forms';
import { Pages } from '../http/pages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { IntakeApi } from '../upstream/intake.api';
import { Page } from '../upstream/page';
import { UpstreamError } from '../upstream/upstream';

/** The statuses a complaint can be in, as intake documents them, in the order a complaint goes through them. */
const STATUSES = [
  'received',
  'acknowledged',
  'triaged',
  'assigned',
  'escalated',
  'resolved',
  'follow-up',
  'closed',
] as const satisfies readonly ComplaintMatch['status'][];

/** The form's fields, as intake's `GET /staff/complaints` names them; anything else in the address is ignored. */
const FILTERS = ['text', 'status', 'category', 'touchpoint', 'department', 'rootCauseId', 'from', 'to', 'ref'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Find complaints: filters and words to find, passed to intake with the person's own token. Intake decides what each
 * may search (members every complaint, owners their department's) and says which field it refused and why.
 */
@Controller('complaints')
@ForRoles('member', 'owner')
export class ComplaintSearchController {
  constructor(
    private readonly pages: Pages,
    private readonly intake: IntakeApi,
  ) {}

  @Get()
  async search(
    @Req() request: ConsoleRequest,
    @Res() reply: ConsoleReply,
    @CurrentUser() user: SignedInUser,
    @Query() params: Record<string, unknown>,
  ) {
    const t = translator(request.language);
    const values: Filters = {};
    for (const name of FILTERS) {
      const value = params[name];
      if (typeof value === 'string' && value.trim() !== '') values[name] = value.trim();
    }
    if (user.role === 'owner' && values.department === undefined) values.department = user.department;
    const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
    let page: Page<ComplaintMatch> | null = null;
    let errors: Record<string, string> = {};
    let status = 200;
    try {
      page = await this.intake.search(user, { ...toIntake(values), ...(cursor ? { cursor } : {}) }, request.id);
    } catch (error) {
      if (!(error instanceof UpstreamError) || (error.status !== 400 && error.status !== 403)) throw error;
      status = error.status;
      errors = errorsByField(t, error.fieldErrors, values);
    }
    return this.pages.render(
      request,
      reply,
      'complaints',
      t('find.title'),
      {
        values,
        errors,
        hasErrors: Object.keys(errors).length > 0,
        statuses: STATUSES.map((value) => ({ value, label: t(`status.${value}`), selected: value === values.status })),
        touchpoints: TOUCHPOINTS.map((value) => ({ value, selected: value === values.touchpoint })),
        searched: page !== null,
        complaints: page?.items.map((item) => ({ ...item, label: item.externalRef ?? item.id.slice(0, 8) })) ?? [],
        nextCursor: page?.nextCursor ?? null,
        paged: Boolean(cursor),
        query: new URLSearchParams(values).toString(),
      },
      status,
    );
  }
}

/** The form's values as intake takes them: a day becomes the start of that day (UTC), `to` the end of it. */
function toIntake(values: Filters): Record<string, string> {
  const filters: Record<string, string> = { ...values } as Record<string, string>;
  if (values.from && DAY.test(values.from)) filters.from = `${values.from}T00:00:00Z`;
  if (values.to && DAY.test(values.to)) {
    const next = new Date(`${values.to}T00:00:00Z`);
    if (!Number.isNaN(next.getTime())) {
      next.setUTCDate(next.getUTCDate() + 1);
      filters.to = next.toISOString();
    }
  }
  return filters;
}
