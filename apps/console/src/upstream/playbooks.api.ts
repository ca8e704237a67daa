import type { Playbook } from '@redress/http-api';
import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { Page, query } from './page';
import { Upstream } from './upstream';

/** The notifier's playbooks, with the supervisor's own token (the notifier lets only supervisors in). */
@Injectable()
export class PlaybooksApi {
  constructor(private readonly upstream: Upstream) {}

  list(user: SignedInUser, cursor?: string): Promise<Page<Playbook>> {
    return this.upstream.json('notifier', `/playbooks${query({ cursor, limit: 25 })}`, { token: user.token });
  }

  create(user: SignedInUser, body: object, correlationId: string): Promise<Playbook> {
    return this.upstream.json('notifier', '/playbooks', { method: 'POST', token: user.token, body, correlationId });
  }

  end(user: SignedInUser, id: string, correlationId: string): Promise<unknown> {
    return this.upstream.json('notifier', `/playbooks/${encodeURIComponent(id)}/end`, {
      method: 'POST',
      token: user.token,
      correlationId,
    });
  }
}
