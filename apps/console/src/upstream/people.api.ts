import type { StaffProfileView } from '@redress/http-api';
import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { Page, query } from './page';
import { Upstream } from './upstream';

/** One person in the notifier's staff directory list (`GET /staff`). */
export interface StaffListItem {
  person: string;
  role: 'owner' | 'member' | 'supervisor';
  name: string;
  email: string | null;
  chatWebhookUrl: string | null;
  timeZone: string;
  updatedAt: string;
}

export interface StaffFilter {
  role?: string;
  q?: string;
  cursor?: string;
}

/** The notifier's staff directory under a notifier admin's token: the notifier refuses any other token. */
@Injectable()
export class PeopleApi {
  constructor(private readonly upstream: Upstream) {}

  adminMe(token: string): Promise<{ id: string; name: string }> {
    return this.upstream.json('notifier', '/admin/me', { token });
  }

  list(user: SignedInUser, filter: StaffFilter, limit: number): Promise<Page<StaffListItem>> {
    return this.upstream.json('notifier', `/staff${query({ ...filter, limit })}`, { token: user.token });
  }

  profile(user: SignedInUser, person: string): Promise<StaffProfileView> {
    return this.upstream.json('notifier', `/staff/${encodeURIComponent(person)}`, { token: user.token });
  }

  save(user: SignedInUser, person: string, profile: object, correlationId: string): Promise<StaffProfileView> {
    return this.upstream.json('notifier', `/staff/${encodeURIComponent(person)}`, {
      method: 'PUT',
      token: user.token,
      correlationId,
      body: profile,
    });
  }
}
