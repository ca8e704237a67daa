import { DecidedBy } from '@redress/contracts/vocabulary';

/** One member's current vote on a root cause under review; a member has at most one and may change it. */
export interface Vote {
  memberId: string;
  cause: string;
  department: string;
  castAt: Date;
}

export interface Decision {
  cause: string;
  department: string;
  decidedBy: DecidedBy;
}

export interface Suggestion {
  cause: string;
  department: string;
}

/**
 * Votes that must agree on one department for the committee to decide: the configured number (never more than the
 * roster, or no review could ever end by vote), by default a majority of the roster.
 */
export function quorumFor(rosterSize: number, configured?: number): number {
  const majority = Math.floor(rosterSize / 2) + 1;
  return Math.max(1, Math.min(configured ?? majority, Math.max(rosterSize, 1)));
}

/** The committee's decision once a quorum of votes agrees on one department, else null (the review goes on). */
export function decideByVotes(votes: Vote[], quorum: number): Decision | null {
  const agreed = [...byDepartment(votes)].filter(([, backing]) => backing.length >= quorum);
  if (agreed.length === 0) return null;
  // With a quorum of at most half the roster two departments can both have one; the better backed wins.
  const [department, backing] = agreed.sort(([, a], [, b]) => b.length - a.length || firstCast(a) - firstCast(b))[0];
  return { department, cause: commonestCause(backing), decidedBy: 'committee' };
}

/**
 * At the deadline: the chair's vote wins; else a department backed by more than half of the votes cast so far;
 * else the rule's suggestion. All three are decidedBy `timeout`.
 */
export function decideAtDeadline(votes: Vote[], chairId: string | null, suggestion: Suggestion): Decision {
  const chairs = votes.find((vote) => vote.memberId === chairId);
  if (chairs) return { cause: chairs.cause, department: chairs.department, decidedBy: 'timeout' };
  const majority = [...byDepartment(votes)].find(([, backing]) => backing.length * 2 > votes.length);
  if (majority) return { cause: commonestCause(majority[1]), department: majority[0], decidedBy: 'timeout' };
  return { cause: suggestion.cause, department: suggestion.department, decidedBy: 'timeout' };
}

function byDepartment(votes: Vote[]): Map<string, Vote[]> {
  const groups = new Map<string, Vote[]>();
  for (const vote of votes) groups.set(vote.department, [...(groups.get(vote.department) ?? []), vote]);
  return groups;
}

/** The cause statement most of the backing votes gave (ignoring case and spacing); on a tie the one given first. */
function commonestCause(backing: Vote[]): string {
  const counts = new Map<string, { cause: string; count: number; first: number }>();
  for (const vote of backing) {
    const key = vote.cause.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
    const entry = counts.get(key) ?? { cause: vote.cause.trim(), count: 0, first: vote.castAt.getTime() };
    entry.count++;
    entry.first = Math.min(entry.first, vote.castAt.getTime());
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0].cause;
}

function firstCast(votes: Vote[]): number {
  return Math.min(...votes.map((vote) => vote.castAt.getTime()));
}
