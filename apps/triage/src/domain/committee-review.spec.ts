import { decideAtDeadline, decideByVotes, quorumFor, Vote } from './committee-review';

let clock = Date.parse('2026-11-23T10:00:00Z');
function vote(memberId: string, department: string, cause = `${department} cause`): Vote {
  clock += 1000;
  return { memberId, department, cause, castAt: new Date(clock) };
}

const suggestion = { cause: 'Courier capacity', department: 'logistics' };

describe('quorumFor', () => {
  it('is a majority of the roster by default', () => {
    expect([1, 2, 3, 4, 5, 6].map((size) => quorumFor(size))).toEqual([1, 2, 2, 3, 3, 4]);
  });

  it('takes the configured quorum, but never more than the roster nor less than one', () => {
    expect(quorumFor(4, 2)).toBe(2);
    expect(quorumFor(4, 9)).toBe(4);
    expect(quorumFor(0)).toBe(1);
  });
});

describe('decideByVotes', () => {
  it('waits while no department has a quorum', () => {
    expect(decideByVotes([vote('a', 'it'), vote('b', 'it')], 3)).toBeNull();
  });

  it('decides for the department a quorum agrees on, with the cause most of its voters gave', () => {
    const decision = decideByVotes(
      [
        vote('a', 'it', 'Releases untested'),
        vote('b', 'quality'),
        vote('c', 'it', 'releases  UNTESTED'),
        vote('d', 'it', 'Other words'),
      ],
      3,
    );
    expect(decision).toEqual({ department: 'it', cause: 'Releases untested', decidedBy: 'committee' });
  });

  it('leaves split votes undecided', () => {
    expect(decideByVotes([vote('a', 'it'), vote('b', 'quality'), vote('c', 'it'), vote('d', 'quality')], 3)).toBeNull();
  });

  it('prefers the better backed department when a small quorum lets two qualify', () => {
    expect(decideByVotes([vote('a', 'quality'), vote('b', 'it'), vote('c', 'it')], 1)?.department).toBe('it');
  });
});

describe('decideAtDeadline', () => {
  it("gives the chair's vote precedence", () => {
    const votes = [vote('a', 'it'), vote('chair', 'quality', 'Checks skipped'), vote('b', 'it')];
    expect(decideAtDeadline(votes, 'chair', suggestion)).toEqual({
      department: 'quality',
      cause: 'Checks skipped',
      decidedBy: 'timeout',
    });
  });

  it('else takes the department more than half of the votes so far back', () => {
    expect(
      decideAtDeadline(
        [vote('a', 'it', 'Deploys'), vote('b', 'it', 'Deploys'), vote('c', 'quality')],
        'chair',
        suggestion,
      ),
    ).toEqual({
      department: 'it',
      cause: 'Deploys',
      decidedBy: 'timeout',
    });
    expect(decideAtDeadline([vote('a', 'customer-care', 'Training')], 'chair', suggestion).department).toBe(
      'customer-care',
    );
  });

  it('else, with split votes or none, falls back to the rule suggestion', () => {
    expect(decideAtDeadline([vote('a', 'it'), vote('b', 'quality')], 'chair', suggestion)).toEqual({
      ...suggestion,
      decidedBy: 'timeout',
    });
    expect(decideAtDeadline([], null, suggestion)).toEqual({ ...suggestion, decidedBy: 'timeout' });
  });
});
