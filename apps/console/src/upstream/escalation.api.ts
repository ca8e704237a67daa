import type {
  AssignmentSummary,
  AssignmentView,
  CallbackContact,
  FollowUpView,
  OverdueAssignment,
  Principal,
} from '@redress/http-api';
import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { Page, query } from './page';
import { Upstream } from './upstream';

export interface Callback {
  outcome: string;
  note: string;
}

export interface Resolution {
  actionsTaken: string;
  causeReport: string;
  eliminationProposal: string;
  /** What customers read about the fix; left out when the owner wrote none. */
  customerSummary?: string;
}

/** Whom an assignment waits on and what is awaited from them. */
export interface Pause {
  waitingOn: string;
  reason: string;
}

/** The owners' routes on escalation, called with the owner's own token (scoped to their department there). */
@Injectable()
export class EscalationApi {
  constructor(private readonly upstream: Upstream) {}

  me(token: string): Promise<Principal> {
    return this.upstream.json('escalation', '/owners/me', { token });
  }

  assignments(user: SignedInUser, status?: string, cursor?: string): Promise<Page<AssignmentSummary>> {
    return this.upstream.json('escalation', `/assignments${query({ status, cursor, limit: 25 })}`, {
      token: user.token,
    });
  }

  /** Breached at the top of the chain, then near the next deadline: escalation scopes it to the owner's department. */
  late(user: SignedInUser, cursor?: string): Promise<Page<OverdueAssignment>> {
    return this.upstream.json('escalation', `/assignments/overdue${query({ cursor, limit: 25 })}`, {
      token: user.token,
    });
  }

  /**
   * What is late across departments (`GET /reports/late`), for a supervisor or escalation's admin (every department,
   * or the one asked for) or a department head (their own; escalation refuses another with a 403).
   */
  lateReport(user: SignedInUser, department?: string, cursor?: string): Promise<Page<OverdueAssignment>> {
    return this.upstream.json('escalation', `/reports/late${query({ department, cursor, limit: 25 })}`, {
      token: user.token,
    });
  }

  assignment(user: SignedInUser, id: string): Promise<AssignmentView> {
    return this.upstream.json('escalation', `/assignments/${encodeURIComponent(id)}`, { token: user.token });
  }

  acknowledge(user: SignedInUser, id: string, correlationId: string): Promise<unknown> {
    return this.upstream.json('escalation', `/assignments/${encodeURIComponent(id)}/acknowledge`, {
      method: 'POST',
      token: user.token,
      correlationId,
    });
  }

  resolve(user: SignedInUser, id: string, resolution: Resolution, correlationId: string): Promise<unknown> {
    return this.upstream.json('escalation', `/assignments/${encodeURIComponent(id)}/resolve`, {
      method: 'POST',
      token: user.token,
      body: resolution,
      correlationId,
    });
  }

  /** Stops the assignment's clock while an outside party holds things up (escalation checks the level). */
  wait(user: SignedInUser, id: string, pause: Pause, correlationId: string): Promise<unknown> {
    return this.upstream.json('escalation', `/assignments/${encodeURIComponent(id)}/wait`, {
      method: 'POST',
      token: user.token,
      body: pause,
      correlationId,
    });
  }

  resume(user: SignedInUser, id: string, correlationId: string): Promise<unknown> {
    return this.upstream.json('escalation', `/assignments/${encodeURIComponent(id)}/resume`, {
      method: 'POST',
      token: user.token,
      correlationId,
    });
  }

  followUps(user: SignedInUser, cursor?: string): Promise<Page<FollowUpView>> {
    return this.upstream.json('escalation', `/follow-ups${query({ status: 'open', cursor, limit: 25 })}`, {
      token: user.token,
    });
  }

  followUp(user: SignedInUser, id: string): Promise<FollowUpView> {
    return this.upstream.json('escalation', `/follow-ups/${encodeURIComponent(id)}`, { token: user.token });
  }

  /** The customer's clock, if the owner may call: escalation records each answer for an open callback as a view. */
  callbackContact(user: SignedInUser, id: string): Promise<CallbackContact> {
    return this.upstream.json('escalation', `/follow-ups/${encodeURIComponent(id)}/contact`, { token: user.token });
  }

  completeFollowUp(user: SignedInUser, id: string, callback: Callback, correlationId: string): Promise<unknown> {
    return this.upstream.json('escalation', `/follow-ups/${encodeURIComponent(id)}/complete`, {
      method: 'POST',
      token: user.token,
      body: callback,
      correlationId,
    });
  }
}
