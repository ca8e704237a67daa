import { translator } from '../i18n/translate';
import { effectText } from './effect-text';

const effect = {
  weeks: 4,
  before: [2, 2, 2, 2],
  after: [1, 1],
  observedWeeks: 2,
  beforePerWeek: 2,
  afterPerWeek: 1,
  changePercent: -50,
  summary: '',
};

describe('effectText', () => {
  it('says what followed the fix, with the change and the caveat', () => {
    expect(effectText(translator('en'), effect)).toEqual({
      lines: [
        'In the 4 weeks before the fix: 2 complaints a week.',
        'In the 2 weeks since: 1 a week.',
        'This is what happened after the fix, not proof that the fix caused it.',
      ],
      change: '50 % fewer',
      fewer: true,
    });
    expect(effectText(translator('ru'), { ...effect, changePercent: 25, afterPerWeek: 2.5 }).change).toBe(
      'на 25 % больше',
    );
  });

  it('says it is too soon when nothing can be said yet', () => {
    const soon = effectText(translator('en'), { ...effect, afterPerWeek: null, changePercent: null });
    expect(soon).toEqual({
      lines: ['In the 4 weeks before the fix: 2 complaints a week.', 'Too soon after the fix to say what followed.'],
      change: null,
      fewer: false,
    });
  });
});
