import { ChainLink } from './escalation-chain';
import { FollowUpState, onFollowUpDeadline } from './follow-up';

const HOUR = 3600_000;
const chain: ChainLink[] = [
  { ownerId: 'o1', name: 'Irina', level: 1 },
  { ownerId: 'o2', name: 'Yuri', level: 2 },
  { ownerId: 'o3', name: 'Tatiana', level: 3 },
];
const due = new Date('2026-11-24T10:00:00Z');
const open: FollowUpState = { status: 'open', level: 1, ownerId: 'o1', dueAt: due, breachedAt: null };

describe('follow-up deadline', () => {
  it('moves a missed callback to the next level with a deadline as long as the first', () => {
    const outcome = onFollowUpDeadline(open, chain, due, 2 * HOUR);
    expect(outcome).toEqual({
      kind: 'escalate',
      fromLevel: 1,
      to: chain[1],
      state: { ...open, level: 2, ownerId: 'o2', dueAt: new Date(due.getTime() + 2 * HOUR) },
    });
  });

  it('marks it breached at the top of the chain, where it stays', () => {
    const top = { ...open, level: 3, ownerId: 'o3' };
    expect(onFollowUpDeadline(top, chain, due, 2 * HOUR)).toEqual({
      kind: 'breach',
      state: { ...top, breachedAt: due },
    });
  });

  it.each([
    ['a callback already made', { ...open, status: 'done' as const }, due],
    ['a deadline not reached yet', open, new Date(due.getTime() - 1)],
    ['one already breached', { ...open, level: 3, breachedAt: due }, due],
  ])('changes nothing for %s', (_, state, now) => {
    expect(onFollowUpDeadline(state, chain, now, 2 * HOUR)).toEqual({ kind: 'none' });
  });
});
