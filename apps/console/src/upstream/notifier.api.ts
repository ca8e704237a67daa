import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { Page, query } from './page';
import { Upstream } from './upstream';

export interface Supervisor {
  id: string;
  name: string;
}

export interface Compensation {
  id: string;
  complaintId: string;
  status: string;
  granted: string;
  requested: string | null;
  currency: string;
  basis: string;
  reviewReason: string | null;
  createdAt: string;
}

export interface Stats {
  satisfaction: { answers: number; averageRating: number | null; satisfiedShare: number | null };
  compensations: { granted: number; grantedAmount: string; underReview: number; underReviewAmount: string; currency: string };
  budget: { period: string; limit: string; used: string; remaining: string; currency: string };
}

export interface Notification {
  id: string;
  kind: string;
  channel: string;
  status: string;
  scheduledFor: string | null;
  sentAt: string | null;
  attempts: number;
}

/** The supervisors' routes on the notifier, called with the supervisor's own token. */
@Injectable()
export class NotifierApi {
  constructor(private readonly upstream: Upstream) {}

  me(token: string): Promise<Supervisor> {
    return this.upstream.json('notifier', '/supervisors/me', { token });
  }

  stats(user: SignedInUser): Promise<Stats> {
    return this.upstream.json('notifier', '/stats', { token: user.token });
  }

  reviewQueue(user: SignedInUser, cursor?: string): Promise<Page<Compensation>> {
    return this.upstream.json('notifier', `/compensations${query({ status: 'review', cursor, limit: 25 })}`, { token: user.token });
  }

  decide(user: SignedInUser, id: string, decision: 'approve' | 'reject', correlationId: string): Promise<Compensation> {
    return this.upstream.json('notifier', `/compensations/${encodeURIComponent(id)}/${decision}`, { method: 'POST', token: user.token, correlationId });
  }

  notifications(user: SignedInUser, complaintId: string): Promise<{ items: Notification[] }> {
    return this.upstream.json('notifier', `/notifications${query({ complaintId })}`, { token: user.token });
  }
}
