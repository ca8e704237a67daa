import type { DeadLetterPage, DeadLetterReplay, OpsPerson } from '@redress/http-api';
import { Injectable } from '@nestjs/common';
import { SERVICES, ServiceName } from '@redress/contracts';
import { SignedInUser } from '../session/session';
import { query } from './page';
import { Upstream } from './upstream';

/** Reading a dead-letter topic joins a throwaway consumer group, which takes longer than a page usually may. */
const DEAD_LETTERS_TIMEOUT_MS = 30_000;

/** The ops routes every service has (`/ops/me`, `/dead-letters`), called with the person's ops token. */
@Injectable()
export class OperationsApi {
  constructor(private readonly upstream: Upstream) {}

  /** Any service knows every ops token (one OPS_TOKEN_HASHES for all): intake is asked. */
  me(token: string): Promise<OpsPerson> {
    return this.upstream.json('intake', '/ops/me', { token });
  }

  deadLetters(user: SignedInUser, service: ServiceName, limit: number, cursor?: string): Promise<DeadLetterPage> {
    return this.upstream.json(service, `/dead-letters${query({ limit, cursor })}`, {
      token: user.token,
      timeoutMs: DEAD_LETTERS_TIMEOUT_MS,
    });
  }

  replay(
    user: SignedInUser,
    service: ServiceName,
    id: string | null,
    correlationId: string,
  ): Promise<DeadLetterReplay> {
    const path = id === null ? '/dead-letters/replay' : `/dead-letters/${encodeURIComponent(id)}/replay`;
    return this.upstream.json(service, path, {
      method: 'POST',
      token: user.token,
      correlationId,
      timeoutMs: DEAD_LETTERS_TIMEOUT_MS,
    });
  }
}

export function isServiceName(text: string): text is ServiceName {
  return (SERVICES as readonly string[]).includes(text);
}
