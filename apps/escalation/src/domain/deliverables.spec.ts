import { checkDeliverables } from './deliverables';

const complete = {
  actionsTaken: 'Rerouted couriers',
  causeReport: 'Too few couriers at peak',
  eliminationProposal: 'Hire two more',
};

describe('checkDeliverables', () => {
  it('accepts all three', () => {
    expect(checkDeliverables(complete)).toEqual([]);
  });

  it.each(['actionsTaken', 'causeReport', 'eliminationProposal'] as const)(
    'names %s when it is missing, empty or blank',
    (field) => {
      for (const value of [undefined, '', '   \n']) {
        const problems = checkDeliverables({ ...complete, [field]: value });
        expect(problems).toEqual([{ field, reason: expect.stringContaining(`${field} (`) }]);
      }
    },
  );

  it('names every missing one at once, and a value that is not text', () => {
    expect(checkDeliverables({ causeReport: 42 }).map((problem) => problem.field)).toEqual([
      'actionsTaken',
      'causeReport',
      'eliminationProposal',
    ]);
  });

  it('refuses a deliverable over 10,000 characters', () => {
    expect(checkDeliverables({ ...complete, causeReport: 'x'.repeat(10_001) })).toEqual([
      { field: 'causeReport', reason: 'causeReport must be at most 10000 characters' },
    ]);
  });

  it('takes a customer summary when given, and names it when blank, too long or marked up', () => {
    expect(checkDeliverables({ ...complete, customerSummary: 'We hired more couriers for weekends.' })).toEqual([]);
    for (const customerSummary of ['  ', 'x'.repeat(1_001), 'We <b>fixed</b> it', 7]) {
      expect(checkDeliverables({ ...complete, customerSummary })).toEqual([
        { field: 'customerSummary', reason: expect.stringContaining('customerSummary') },
      ]);
    }
  });
});
