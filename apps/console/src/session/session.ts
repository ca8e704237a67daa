/** The kinds of people the console serves, each with its own home page. */
export type Role = 'member' | 'owner' | 'supervisor' | 'ops' | 'admin';

/** Who is signed in: what the service behind the token said about it, and the token to act with. */
export interface SignedInUser {
  role: Role;
  id: string;
  name: string;
  /** Members and owners belong to a department. */
  department?: string;
  /** Members: the chair also decides, moves and merges. */
  chair?: boolean;
  /** Owners: their level on the department's chain. */
  level?: number;
  token: string;
}

/**
 * What the session cookie holds. Every visitor has one (the nonce ties CSRF tokens to it); signing in or out
 * replaces the nonce, so a token seen before sign-in is worthless after it.
 */
export interface Session {
  nonce: string;
  user: SignedInUser | null;
  expiresAt: number;
}

const ROLE_PREFIXES: Record<string, Role> = { rm: 'member', ro: 'owner', rs: 'supervisor', rp: 'ops', ra: 'admin' };

/**
 * The role a token is for, from its prefix (see newToken): rm_ member, ro_ owner, rs_ supervisor, rp_ ops (dead
 * letters on every service), ra_ an intake admin (client systems and their keys).
 */
export function roleOfToken(token: string): Role | null {
  const prefix = /^(r[mospa])_[\w-]{20,100}$/.exec(token)?.[1];
  return prefix ? ROLE_PREFIXES[prefix] : null;
}

/** Where each role starts. */
export function homeOf(role: Role): string {
  return {
    member: '/committee',
    owner: '/assignments',
    supervisor: '/review',
    ops: '/dead-letters',
    admin: '/client-systems',
  }[role];
}
