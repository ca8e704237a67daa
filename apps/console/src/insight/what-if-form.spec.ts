import { formFieldOf, whatIfRequest, WhatIfValues } from './what-if-form';

const EMPTY: WhatIfValues = {
  from: '2026-07-01',
  to: '2026-10-01',
  limit: '',
  outraged: '',
  upset: '',
  mild: '',
  monthlyBudget: '',
  reviewOverLimit: '',
  maxWait: '',
};

describe('the what-if form', () => {
  it('leaves out what is empty: the policy in force', () => {
    expect(whatIfRequest(EMPTY)).toEqual({ from: '2026-07-01', to: '2026-10-01', policy: {} });
  });

  it('reads amounts and percentages as a Russian reader writes them', () => {
    const body = whatIfRequest({
      ...EMPTY,
      limit: ' 1 500,50 ',
      monthlyBudget: '150000',
      outraged: '7,5',
      upset: '5',
      mild: '0',
      reviewOverLimit: 'no',
      maxWait: '48h',
    });
    expect(body).toEqual({
      from: '2026-07-01',
      to: '2026-10-01',
      policy: {
        limit: '1500.50',
        monthlyBudget: '150000',
        percentages: { outraged: 7.5, upset: 5, mild: 0 },
        reviewOverLimit: false,
        maxWait: '48h',
      },
    });
  });

  it('sends what does not read as a number as typed, for the notifier to refuse beside the field', () => {
    const body = whatIfRequest({ ...EMPTY, outraged: 'seven', upset: '5' }) as { policy: { percentages: object } };
    expect(body.policy.percentages).toEqual({ outraged: 'seven', upset: 5, mild: '' });
  });

  it('puts each of the notifier’s errors beside its field', () => {
    expect(formFieldOf('policy.limit')).toBe('limit');
    expect(formFieldOf('policy.percentages.upset')).toBe('upset');
    expect(formFieldOf('policy.percentages')).toBe('outraged');
    expect(formFieldOf('policy.maxWait')).toBe('maxWait');
    expect(formFieldOf('from')).toBe('from');
    expect(formFieldOf('policy')).toBeNull();
  });
});
