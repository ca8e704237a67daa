import type { CompensationView, NotificationView, Supervisor } from '@redress/http-api';
import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { Page, query } from './page';
import { Upstream } from './upstream';

/** What the review page reads of `GET /stats`. */
export interface Stats {
  satisfaction: { answers: number; averageRating: number | null; satisfiedShare: number | null };
  compensations: {
    granted: number;
    grantedAmount: string;
    underReview: number;
    underReviewAmount: string;
    currency: string;
  };
  budget: { period: string; limit: string; used: string; remaining: string; currency: string };
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

  reviewQueue(user: SignedInUser, cursor?: string): Promise<Page<CompensationView>> {
    return this.upstream.json('notifier', `/compensations${query({ status: 'review', cursor, limit: 25 })}`, {
      token: user.token,
    });
  }

  /** `amount` (a decimal string) is the total an approval pays; without it the notifier approves its default. */
  decide(
    user: SignedInUser,
    id: string,
    decision: 'approve' | 'reject',
    correlationId: string,
    amount?: string,
  ): Promise<CompensationView> {
    return this.upstream.json('notifier', `/compensations/${encodeURIComponent(id)}/${decision}`, {
      method: 'POST',
      token: user.token,
      correlationId,
      body: amount ? { amount } : undefined,
    });
  }

  notifications(user: SignedInUser, complaintId: string): Promise<{ items: NotificationView[] }> {
    return this.upstream.json('notifier', `/notifications${query({ complaintId })}`, { token: user.token });
  }
}
