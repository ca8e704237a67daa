import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { bearerToken } from '../auth/bearer-token';
import { hashToken } from '../auth/tokens';
import type { Env } from '../config/env';

/**
 * The ops role reads and replays the dead letters of every service. Its tokens (`rp_...`, from `npm run ops:token`)
 * are known to the services only by their SHA-256 in OPS_TOKEN_HASHES, the same list on all four: a hash is no
 * secret, so the setting can sit in plain configuration, and listing two hashes rotates a token without a gap.
 */
export function readOpsTokenHashes(env: Env): string[] {
  const hashes = (env.OPS_TOKEN_HASHES ?? '')
    .split(',')
    .map((hash) => hash.trim().toLowerCase())
    .filter(Boolean);
  const bad = hashes.find((hash) => !/^[0-9a-f]{64}$/.test(hash));
  if (bad !== undefined)
    throw new Error(`setting OPS_TOKEN_HASHES: "${bad}" is not a SHA-256 in hex (npm run ops:token prints one)`);
  if (hashes.length > 20) throw new Error('setting OPS_TOKEN_HASHES: list at most 20 hashes');
  return hashes;
}

/** Who holds an ops token: the first hex digits of its hash name it in logs and pages, never the token. */
export interface OpsPerson {
  kind: 'ops';
  id: string;
}

export const OPS_TOKEN_HASHES = Symbol('OPS_TOKEN_HASHES');

type OpsRequest = { headers: Record<string, string | string[] | undefined>; ops?: OpsPerson };

/** Lets a request through only with a token whose hash is in OPS_TOKEN_HASHES; with none listed, nobody is let in. */
@Injectable()
export class OpsGuard implements CanActivate {
  private readonly hashes: Buffer[];

  constructor(@Inject(OPS_TOKEN_HASHES) hashes: string[]) {
    this.hashes = hashes.map((hash) => Buffer.from(hash, 'hex'));
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<OpsRequest>();
    const hash = hashToken(bearerToken(request.headers));
    const given = Buffer.from(hash, 'hex');
    // Every listed hash is compared, so the time taken says nothing about which one was near.
    const known = this.hashes.reduce((found, hash) => timingSafeEqual(hash, given) || found, false);
    if (!known) throw new UnauthorizedException('Unknown ops token');
    request.ops = { kind: 'ops', id: hash.slice(0, 12) };
    return true;
  }
}

export function opsPersonOf(request: OpsRequest): OpsPerson {
  return request.ops as OpsPerson;
}
