/** The kinds of people the console serves, each with its own home page. `admin` is intake's admin. */
export type Role = 'member' | 'owner' | 'supervisor' | 'ops' | 'admin' | 'notifier-admin' | 'escalation-admin';

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

const ROLE_PREFIXES: Record<string, Role> = {
  rm: 'member',
  ro: 'owner',
  rs: 'supervisor',
  rp: 'ops',
  ra: 'admin',
  rn: 'notifier-admin',
};

/**
 * The role a token is for, from its prefix (see newToken): rm_ member, ro_ owner, rs_ supervisor, rp_ ops (dead
 * letters on every service), ra_ an intake admin (client systems and their keys), rn_ a notifier admin (people and
 * how they are told). Escalation's admin token is a setting (ESCALATION_ADMIN_TOKEN) with no prefix: escalation
 * refuses one that starts like the others (two letters and `_`), so any other token of its shape is escalation's.
 */
export function roleOfToken(token: string): Role | null {
  const prefix = /^(r[mospan])_[\w-]{20,100}$/.exec(token)?.[1];
  if (prefix) return ROLE_PREFIXES[prefix];
  return !/^[a-z]{2}_/i.test(token) && /^[\x21-\x7e]{16,200}$/.test(token) ? 'escalation-admin' : null;
}

/** Where each role starts. */
export function homeOf(role: Role): string {
  return {
    member: '/committee',
    owner: '/assignments',
    supervisor: '/review',
    ops: '/dead-letters',
    admin: '/client-systems',
    'notifier-admin': '/people',
    'escalation-admin': '/departments',
  }[role];
}
