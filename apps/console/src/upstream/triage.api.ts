import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { Page, query } from './page';
import { Upstream } from './upstream';

export interface Member {
  id: string;
  name: string;
  department: string;
  chair: boolean;
}

export interface Effectiveness {
  weeks: number;
  before: number[];
  after: number[];
  observedWeeks: number;
  beforePerWeek: number;
  afterPerWeek: number | null;
  changePercent: number | null;
}

export interface RecentlyResolved {
  id: string;
  category: string;
  touchpoint: string;
  cause: string | null;
  department: string | null;
  resolvedAt: string;
  effectiveness: Effectiveness;
}

export interface AgendaItem {
  id: string;
  category: string;
  touchpoint: string;
  suggestion: { cause: string; department: string };
  complaintCount: number;
  impact: number;
  votes: number;
  excerpts: string[];
  recurrenceOf: string | null;
  openedAt: string;
  reviewDueAt: string | null;
}

export type Agenda = Page<AgendaItem> & { recentlyResolved: RecentlyResolved[] };

export interface RootCause {
  id: string;
  status: 'under-review' | 'identified' | 'merged' | 'resolved';
  category: string;
  touchpoint: string;
  suggestion: { cause: string; department: string };
  complaintCount: number;
  impact: number;
  dissatisfaction: { outraged: number; upset: number; mild: number };
  reviewDueAt: string | null;
  votes: { memberId: string; memberName: string; cause: string; department: string; castAt: string }[];
  decision: { cause: string; department: string; decidedBy: string; identifiedAt: string } | null;
  mergedInto: string | null;
  resolvedAt: string | null;
  recurrenceOf: string | null;
  recurrences: { id: string; status: string; openedAt: string }[];
  effectiveness: Effectiveness | null;
  complaints: Page<{ complaintId: string; dissatisfaction: string; excerpt: string | null; receivedAt: string }>;
}

export interface CauseAndDepartment {
  cause: string;
  department: string;
}

/** The committee's routes on triage, called with the member's own token. */
@Injectable()
export class TriageApi {
  constructor(private readonly upstream: Upstream) {}

  me(token: string): Promise<Member> {
    return this.upstream.json('triage', '/committee/me', { token });
  }

  async departments(user: SignedInUser): Promise<string[]> {
    return (await this.upstream.json<{ items: string[] }>('triage', '/committee/departments', { token: user.token })).items;
  }

  agenda(user: SignedInUser, cursor?: string): Promise<Agenda> {
    return this.upstream.json('triage', `/committee/agenda${query({ cursor, limit: 20 })}`, { token: user.token });
  }

  rootCause(user: SignedInUser, id: string, cursor?: string): Promise<RootCause> {
    return this.upstream.json('triage', `/rootcauses/${encodeURIComponent(id)}${query({ cursor, limit: 50 })}`, { token: user.token });
  }

  vote(user: SignedInUser, id: string, vote: CauseAndDepartment, correlationId: string): Promise<unknown> {
    return this.post(user, `/rootcauses/${encodeURIComponent(id)}/votes`, vote, correlationId);
  }

  decide(user: SignedInUser, id: string, decision: CauseAndDepartment, correlationId: string): Promise<unknown> {
    return this.post(user, `/rootcauses/${encodeURIComponent(id)}/decision`, decision, correlationId);
  }

  merge(user: SignedInUser, id: string, intoRootCauseId: string, correlationId: string): Promise<unknown> {
    return this.post(user, `/rootcauses/${encodeURIComponent(id)}/merge`, { intoRootCauseId }, correlationId);
  }

  move(user: SignedInUser, complaintId: string, toRootCauseId: string, correlationId: string): Promise<unknown> {
    return this.post(user, `/complaints/${encodeURIComponent(complaintId)}/move`, { toRootCauseId }, correlationId);
  }

  trendsChart(user: SignedInUser, weeks: number): Promise<string> {
    return this.upstream.text('triage', `/trends.svg${query({ weeks })}`, { token: user.token });
  }

  private post(user: SignedInUser, path: string, body: unknown, correlationId: string): Promise<unknown> {
    return this.upstream.json('triage', path, { method: 'POST', token: user.token, body, correlationId });
  }
}
