import { EN } from './messages.en';
import { RU } from './messages.ru';
import { formatTimeLeft, translator } from './translate';

describe('translator', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(translator('en')('agenda.complaints', { count: 3 })).toBe('3 complaints');
    expect(translator('ru')('agenda.complaints', { count: 3 })).toBe('жалоб: 3');
    expect(translator('en')('agenda.complaints')).toBe('{count} complaints');
    expect(translator('en')('agenda.complaints', { count: 1 })).toBe('1 complaint');
    expect(translator('ru')('agenda.complaints', { count: 21 })).toBe('жалоба: 21');
    expect(translator('ru')('agenda.complaints', { count: 5 })).toBe('жалоб: 5');
    expect(translator('en')('review.reason.something-new' as never)).toBe('review.reason.something-new');
  });

  it('has every English text in Russian with the same parameters', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(RU[key].length).toBeGreaterThan(0);
      expect([key, names(RU[key])]).toEqual([key, names(EN[key])]);
    }
  });
});

describe('formatTimeLeft', () => {
  const t = translator('en');
  it.each([
    [{ overdue: false, days: 2, hours: 3, minutes: 4 }, '2 d 3 h left'],
    [{ overdue: false, days: 0, hours: 0, minutes: 5 }, '5 min left'],
    [{ overdue: true, days: 0, hours: 1, minutes: 0 }, 'overdue by 1 h'],
    [{ overdue: true, days: 0, hours: 0, minutes: 0 }, 'overdue by 0 min'],
  ])('%p reads %p', (left, text) => {
    expect(formatTimeLeft(t, left)).toBe(text);
  });

  it('speaks Russian too', () => {
    expect(formatTimeLeft(translator('ru'), { overdue: true, days: 1, hours: 2, minutes: 0 })).toBe(
      'просрочено на 1 д 2 ч',
    );
  });
});
