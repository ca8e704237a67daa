import type { Agenda, CommitteeMember, RootCauseView } from '@redress/http-api';
import { Injectable } from '@nestjs/common';
// The services' own response types: the compiler notices when a page and a route drift apart.
import { SignedInUser } from '../session/session';
import { query } from './page';
import { Upstream } from './upstream';

export type { Effectiveness } from '@redress/http-api';

export interface CauseAndDepartment {
  cause: string;
  department: string;
}

/** The committee's routes on triage, called with the member's own token. */
@Injectable()
export class TriageApi {
  constructor(private readonly upstream: Upstream) {}

  me(token: string): Promise<CommitteeMember> {
    return this.upstream.json('triage', '/committee/me', { token });
  }

  async departments(user: SignedInUser): Promise<string[]> {
    return (await this.upstream.json<{ items: string[] }>('triage', '/committee/departments', { token: user.token }))
      .items;
  }

  agenda(user: SignedInUser, cursor?: string): Promise<Agenda> {
    return this.upstream.json('triage', `/committee/agenda${query({ cursor, limit: 20 })}`, { token: user.token });
  }

  rootCause(user: SignedInUser, id: string, cursor?: string): Promise<RootCauseView> {
    return this.upstream.json('triage', `/rootcauses/${encodeURIComponent(id)}${query({ cursor, limit: 50 })}`, {
      token: user.token,
    });
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
