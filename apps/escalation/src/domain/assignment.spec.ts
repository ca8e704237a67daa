import { acknowledge, AssignmentState, nextDueAt, onDeadline, overdueReason, resolve } from './assignment';
import { AssignmentError } from './assignment.errors';
import { ChainLink } from './escalation-chain';

const levels = { acknowledgeWithinMs: 60_000, resolveWithinMs: 600_000 };
const chain: ChainLink[] = [1, 2, 3].map((level) => ({ ownerId: `o${level}`, name: `Owner ${level}`, level }));
const t0 = new Date('2026-11-23T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function assigned(overrides: Partial<AssignmentState> = {}): AssignmentState {
  return {
    status: 'open',
    level: 1,
    ownerId: 'o1',
    acknowledgeDueAt: at(60_000),
    resolveDueAt: at(600_000),
    breachedAt: null,
    breachReason: null,
    ...overrides,
  };
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as AssignmentError).code;
  }
  return undefined;
}

describe('assignment state machine', () => {
  it('goes open -> acknowledged -> resolved', () => {
    const acknowledged = acknowledge(assigned(), { ownerId: 'o1', level: 1 });
    expect(acknowledged?.status).toBe('acknowledged');
    expect(resolve(acknowledged as AssignmentState, { ownerId: 'o1', level: 1 }).status).toBe('resolved');
  });

  it('treats a second acknowledgement as done already, and refuses to act on a resolved one', () => {
    expect(acknowledge(assigned({ status: 'acknowledged' }), { ownerId: 'o1', level: 1 })).toBeNull();
    expect(codeOf(() => acknowledge(assigned({ status: 'resolved' }), { ownerId: 'o1', level: 1 }))).toBe(
      'ASSIGNMENT.RESOLVED',
    );
    expect(codeOf(() => resolve(assigned({ status: 'resolved' }), { ownerId: 'o1', level: 1 }))).toBe(
      'ASSIGNMENT.RESOLVED',
    );
  });

  it('wants an acknowledgement before a resolution', () => {
    expect(codeOf(() => resolve(assigned(), { ownerId: 'o1', level: 1 }))).toBe('ASSIGNMENT.NOT_ACKNOWLEDGED');
  });

  it('lets the owner or anyone above act, nobody below', () => {
    const atLevel2 = assigned({ level: 2, ownerId: 'o2' });
    expect(codeOf(() => acknowledge(atLevel2, { ownerId: 'o1', level: 1 }))).toBe('ASSIGNMENT.ABOVE_YOUR_LEVEL');
    expect(acknowledge(atLevel2, { ownerId: 'o3', level: 3 })?.status).toBe('acknowledged');
  });
});

describe('deadlines', () => {
  it('watches the acknowledgement first, then only the resolution once acknowledged', () => {
    expect(nextDueAt(assigned())).toEqual(at(60_000));
    expect(nextDueAt(assigned({ status: 'acknowledged' }))).toEqual(at(600_000));
    expect(nextDueAt(assigned({ status: 'resolved' }))).toBeNull();
  });

  it('finds the missed deadline, the acknowledgement one first', () => {
    expect(overdueReason(assigned(), at(59_999))).toBeNull();
    expect(overdueReason(assigned(), at(60_000))).toBe('acknowledge-overdue');
    expect(overdueReason(assigned(), at(700_000))).toBe('acknowledge-overdue');
    expect(overdueReason(assigned({ status: 'acknowledged' }), at(60_000))).toBeNull();
    expect(overdueReason(assigned({ status: 'acknowledged' }), at(600_000))).toBe('resolve-overdue');
    expect(overdueReason(assigned({ status: 'resolved' }), at(700_000))).toBeNull();
  });

  it('escalates a missed acknowledgement to the next level, open, with fresh deadlines from now', () => {
    const now = at(60_500);
    const outcome = onDeadline(assigned(), chain, now, levels);
    expect(outcome).toEqual({
      kind: 'escalate',
      reason: 'acknowledge-overdue',
      fromLevel: 1,
      to: chain[1],
      state: { ...assigned(), level: 2, ownerId: 'o2', acknowledgeDueAt: at(120_500), resolveDueAt: at(660_500) },
      nextDueAt: at(120_500),
    });
  });

  it('escalates a missed resolution of an acknowledged assignment; the new owner acknowledges again', () => {
    const outcome = onDeadline(
      assigned({ status: 'acknowledged', level: 2, ownerId: 'o2' }),
      chain,
      at(600_000),
      levels,
    );
    expect(outcome).toMatchObject({
      kind: 'escalate',
      reason: 'resolve-overdue',
      fromLevel: 2,
      to: chain[2],
      state: { status: 'open', level: 3 },
    });
  });

  it('escalates through three levels, then breaches at the top and stays there', () => {
    let state = assigned();
    let now = t0;
    const seen: string[] = [];
    for (let step = 0; step < 3; step++) {
      now = nextDueAt(state) as Date;
      const outcome = onDeadline(state, chain, now, levels);
      seen.push(`${outcome.kind}:${outcome.kind === 'wait' ? '' : outcome.reason}`);
      if (outcome.kind === 'wait') break;
      state = outcome.state;
    }
    expect(seen).toEqual([
      'escalate:acknowledge-overdue',
      'escalate:acknowledge-overdue',
      'breach:acknowledge-overdue',
    ]);
    expect(state).toMatchObject({
      level: 3,
      ownerId: 'o3',
      status: 'open',
      breachedAt: now,
      breachReason: 'acknowledge-overdue',
    });
    // Breached on the acknowledgement, it still watches the resolution, and breaches on it once, then stops.
    expect(nextDueAt(state)).toEqual(state.resolveDueAt);
    const resolveBreach = onDeadline(state, chain, state.resolveDueAt, levels);
    expect(resolveBreach).toMatchObject({
      kind: 'breach',
      reason: 'resolve-overdue',
      nextDueAt: null,
      state: { breachedAt: now },
    });
    if (resolveBreach.kind !== 'breach') throw new Error('expected a breach');
    expect(onDeadline(resolveBreach.state, chain, at(10_000_000), levels)).toEqual({ kind: 'wait', nextDueAt: null });
  });

  it('does nothing for an assignment acknowledged or resolved before its timer fired, but watches what is left', () => {
    expect(onDeadline(assigned({ status: 'acknowledged' }), chain, at(60_000), levels)).toEqual({
      kind: 'wait',
      nextDueAt: at(600_000),
    });
    expect(onDeadline(assigned({ status: 'resolved' }), chain, at(700_000), levels)).toEqual({
      kind: 'wait',
      nextDueAt: null,
    });
  });

  it('goes on up a chain lengthened after a breach at the old top', () => {
    const breached = assigned({ level: 3, ownerId: 'o3', breachedAt: at(60_000), breachReason: 'acknowledge-overdue' });
    const longer = [...chain, { ownerId: 'o4', name: 'Owner 4', level: 4 }];
    expect(onDeadline(breached, longer, at(600_000), levels)).toMatchObject({
      kind: 'escalate',
      reason: 'resolve-overdue',
      to: longer[3],
      state: { level: 4, breachedAt: null, breachReason: null },
    });
  });
});
