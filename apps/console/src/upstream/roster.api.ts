import type { NewMember, Roster } from '@redress/http-api';
import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { Upstream } from './upstream';

/** Triage's roster routes, with the member's own token: triage lets only the chair change the roster. */
@Injectable()
export class RosterApi {
  constructor(private readonly upstream: Upstream) {}

  roster(user: SignedInUser): Promise<Roster> {
    return this.upstream.json('triage', '/committee/members', { token: user.token });
  }

  departments(user: SignedInUser): Promise<string[]> {
    return this.upstream
      .json<{ items: string[] }>('triage', '/committee/departments', { token: user.token })
      .then((answer) => answer.items);
  }

  add(user: SignedInUser, member: { name: string; department: string }, correlationId: string): Promise<NewMember> {
    return this.upstream.json('triage', '/committee/members', {
      method: 'POST',
      token: user.token,
      body: member,
      correlationId,
    });
  }

  remove(user: SignedInUser, memberId: string, correlationId: string): Promise<unknown> {
    return this.upstream.json('triage', `/committee/members/${encodeURIComponent(memberId)}`, {
      method: 'DELETE',
      token: user.token,
      correlationId,
    });
  }

  handOver(user: SignedInUser, memberId: string, correlationId: string): Promise<unknown> {
    return this.upstream.json('triage', '/committee/chair', {
      method: 'POST',
      token: user.token,
      body: { memberId },
      correlationId,
    });
  }
}
