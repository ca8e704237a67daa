import { decideReview, ReviewedCompensation } from './compensation-approval';

const CEILING = 1000_00;
const ALICE = 'alice';
const BOB = 'bob';
/** An over-limit claim of 500.00 RUB, 200.00 paid at once. */
const SMALL: ReviewedCompensation = { granted: 200_00, requested: 500_00, currency: 'RUB', firstApproval: null };
/** An over-limit claim of 3000.00 RUB, above the approver's ceiling. */
const LARGE: ReviewedCompensation = { granted: 200_00, requested: 3000_00, currency: 'RUB', firstApproval: null };
const approvedByAlice = (amount: number): ReviewedCompensation => ({ ...LARGE, firstApproval: { by: ALICE, amount } });

describe('compensation approval', () => {
  describe('within the ceiling, one supervisor decides', () => {
    it.each([
      ['no amount: the claim', null, 500_00],
      ['the whole claim', 500_00, 500_00],
      ['less than the claim', 350_00, 350_00],
      ['exactly what was granted at once', 200_00, 200_00],
    ])('%s', (_case, amount, paid) => {
      expect(decideReview(SMALL, { kind: 'approve', by: ALICE, amount }, CEILING)).toEqual({
        kind: 'approved',
        amount: paid,
      });
    });

    it('approves an amount exactly at the ceiling alone', () => {
      expect(decideReview(LARGE, { kind: 'approve', by: ALICE, amount: CEILING }, CEILING)).toEqual({
        kind: 'approved',
        amount: CEILING,
      });
    });
  });

  describe('the amount is capped by the claim and floored by the grant', () => {
    it.each([
      ['one minor unit above the claim', SMALL, 500_01, 'must not exceed the claim of 500.00 RUB'],
      ['below what was granted at once', SMALL, 199_99, 'must be at least the 200.00 RUB granted already'],
      [
        'above the claim, even for a second approver',
        approvedByAlice(2000_00),
        3000_01,
        'must not exceed the claim of 3000.00 RUB',
      ],
    ])('%s is refused, naming the amount', (_case, review, amount, reason) => {
      expect(decideReview(review, { kind: 'approve', by: BOB, amount }, CEILING)).toEqual({
        kind: 'refused',
        field: 'amount',
        reason,
      });
    });
  });

  describe('above the ceiling, a second supervisor must approve', () => {
    it.each([
      ['an amount one minor unit above the ceiling', CEILING + 1, CEILING + 1],
      ['no amount: the claim', null, 3000_00],
    ])('records %s as awaiting a second approval, paying nothing', (_case, amount, recorded) => {
      expect(decideReview(LARGE, { kind: 'approve', by: ALICE, amount }, CEILING)).toEqual({
        kind: 'awaiting-second-approval',
        amount: recorded,
      });
    });

    it.each([
      ['no amount: the first approval', null, 2500_00],
      ['the same amount', 2500_00, 2500_00],
      ['a lower amount, still above the ceiling', 1500_00, 1500_00],
      ['a lower amount within the ceiling', 800_00, 800_00],
    ])('a different supervisor completes it with %s', (_case, amount, paid) => {
      expect(decideReview(approvedByAlice(2500_00), { kind: 'approve', by: BOB, amount }, CEILING)).toEqual({
        kind: 'approved',
        amount: paid,
      });
    });

    it('refuses a second approver raising the amount above the first approval', () => {
      expect(decideReview(approvedByAlice(2500_00), { kind: 'approve', by: BOB, amount: 2500_01 }, CEILING)).toEqual({
        kind: 'refused',
        field: 'amount',
        reason:
          'must not exceed the 2500.00 RUB the first supervisor approved: above the ceiling of 1000.00 RUB only an amount two supervisors approved is paid',
      });
    });

    it.each([null, 2500_00, 900_00])('refuses the same supervisor approving twice (amount %s)', (amount) => {
      expect(decideReview(approvedByAlice(2500_00), { kind: 'approve', by: ALICE, amount }, CEILING)).toMatchObject({
        kind: 'refused',
        field: null,
      });
    });
  });

  describe('a rejection ends the review with what was granted at once', () => {
    it.each([
      ['before any approval, by anyone', LARGE, BOB],
      ['after the first approval, by the second supervisor', approvedByAlice(2500_00), BOB],
      ['after the first approval, by the first supervisor', approvedByAlice(2500_00), ALICE],
    ])('%s', (_case, review, by) => {
      expect(decideReview(review, { kind: 'reject', by }, CEILING)).toEqual({ kind: 'rejected', amount: 200_00 });
    });
  });

  it("formats amounts in the currency's own minor units", () => {
    const yen: ReviewedCompensation = { granted: 0, requested: 5000, currency: 'JPY', firstApproval: null };
    expect(decideReview(yen, { kind: 'approve', by: ALICE, amount: 5001 }, 100_000)).toMatchObject({
      reason: 'must not exceed the claim of 5000 JPY',
    });
  });
});
