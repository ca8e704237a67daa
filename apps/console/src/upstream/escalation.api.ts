import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { Page, query } from './page';
import { Upstream } from './upstream';

export interface Owner {
  kind: 'owner' | 'admin';
  id: string;
  name: string;
  department: string;
  level: number;
}

export interface Assignment {
  id: string;
  rootCauseId: string;
  department: string;
  cause: string;
  status: 'open' | 'acknowledged' | 'resolved';
  level: number;
  owner: { id: string; name: string };
  complaintCount: number;
  acknowledgeDueAt: string;
  resolveDueAt: string;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  breached: boolean;
  createdAt: string;
  resolution?: { actionsTaken: string; causeReport: string; eliminationProposal: string; resolvedBy: { name: string } } | null;
  history?: { at: string; event: string; level: number; owner: { name: string }; reason: string | null }[];
}

export interface Resolution {
  actionsTaken: string;
  causeReport: string;
  eliminationProposal: string;
}

/** The owners' routes on escalation, called with the owner's own token (scoped to their department there). */
@Injectable()
export class EscalationApi {
  constructor(private readonly upstream: Upstream) {}

  me(token: string): Promise<Owner> {
    return this.upstream.json('escalation', '/owners/me', { token });
  }

  assignments(user: SignedInUser, status?: string, cursor?: string): Promise<Page<Assignment>> {
    return this.upstream.json('escalation', `/assignments${query({ status, cursor, limit: 25 })}`, { token: user.token });
  }

  assignment(user: SignedInUser, id: string): Promise<Assignment> {
    return this.upstream.json('escalation', `/assignments/${encodeURIComponent(id)}`, { token: user.token });
  }

  acknowledge(user: SignedInUser, id: string, correlationId: string): Promise<unknown> {
    return this.upstream.json('escalation', `/assignments/${encodeURIComponent(id)}/acknowledge`, { method: 'POST', token: user.token, correlationId });
  }

  resolve(user: SignedInUser, id: string, resolution: Resolution, correlationId: string): Promise<unknown> {
    return this.upstream.json('escalation', `/assignments/${encodeURIComponent(id)}/resolve`, {
      method: 'POST',
      token: user.token,
      body: resolution,
      correlationId,
    });
  }
}
