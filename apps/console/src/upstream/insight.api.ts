import type { CategoryReport, SatisfactionReport, SlaReport, WhatIfView } from '@redress/http-api';
import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { query } from './page';
import { Upstream, UpstreamService } from './upstream';

/** The filters every report takes (the services check them: a bad one is a 400 naming the field). */
export interface ReportFilters {
  from?: string;
  to?: string;
  department?: string;
  touchpoint?: string;
}

/** The reports the console offers, and the service that answers each. */
export const REPORTS = {
  sla: 'escalation',
  satisfaction: 'notifier',
  categories: 'triage',
  complaints: 'triage',
} as const satisfies Record<string, UpstreamService>;
export type ReportName = keyof typeof REPORTS;

/** The insight routes (issue 28), called with the person's own token: the services decide who may read what. */
@Injectable()
export class InsightApi {
  constructor(private readonly upstream: Upstream) {}

  whatIf(user: SignedInUser, request: object, correlationId: string): Promise<WhatIfView> {
    return this.upstream.json('notifier', '/compensations/what-if', {
      method: 'POST',
      token: user.token,
      correlationId,
      body: request,
    });
  }

  sla(user: SignedInUser, filters: ReportFilters): Promise<SlaReport> {
    return this.upstream.json('escalation', `/reports/sla${query({ ...filters })}`, { token: user.token });
  }

  satisfaction(user: SignedInUser, filters: ReportFilters): Promise<SatisfactionReport> {
    return this.upstream.json('notifier', `/reports/satisfaction${query({ ...filters })}`, { token: user.token });
  }

  categories(user: SignedInUser, filters: ReportFilters): Promise<CategoryReport> {
    return this.upstream.json('triage', `/reports/categories${query({ ...filters })}`, { token: user.token });
  }

  /** A report as CSV, passed on as it arrives: the complaints' listing of a long period is large. */
  csv(user: SignedInUser, report: ReportName, filters: ReportFilters, correlationId: string): Promise<Response> {
    return this.upstream.stream(REPORTS[report], `/reports/${report}.csv${query({ ...filters })}`, {
      token: user.token,
      correlationId,
    });
  }
}
