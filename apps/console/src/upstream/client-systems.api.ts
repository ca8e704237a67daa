import type { ClientSystem, IntakeAdmin, RotatedClientKey } from '@redress/http-api';
import { Injectable } from '@nestjs/common';
import { SignedInUser } from '../session/session';
import { Upstream } from './upstream';

/** Intake's admin routes, called with the person's intake admin token: intake decides who is an admin. */
@Injectable()
export class ClientSystemsApi {
  constructor(private readonly upstream: Upstream) {}

  me(token: string): Promise<IntakeAdmin> {
    return this.upstream.json('intake', '/admin/me', { token });
  }

  async list(user: SignedInUser): Promise<ClientSystem[]> {
    return (
      await this.upstream.json<{ items: ClientSystem[] }>('intake', '/admin/client-systems', { token: user.token })
    ).items;
  }

  rotate(user: SignedInUser, id: string, correlationId: string): Promise<RotatedClientKey> {
    return this.upstream.json('intake', `/admin/client-systems/${encodeURIComponent(id)}/rotate`, {
      method: 'POST',
      token: user.token,
      correlationId,
    });
  }

  revokeSystem(user: SignedInUser, id: string, correlationId: string): Promise<unknown> {
    return this.upstream.json('intake', `/admin/client-systems/${encodeURIComponent(id)}/revoke`, {
      method: 'POST',
      token: user.token,
      correlationId,
    });
  }

  revokeKey(user: SignedInUser, prefix: string, correlationId: string): Promise<unknown> {
    return this.upstream.json('intake', `/admin/client-keys/${encodeURIComponent(prefix)}/revoke`, {
      method: 'POST',
      token: user.token,
      correlationId,
    });
  }
}
