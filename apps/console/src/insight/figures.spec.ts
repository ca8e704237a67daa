import { Figures } from './figures';

/** Intl writes Russian group separators as a no-break space: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('Figures', () => {
  const en = new Figures('en');
  const ru = new Figures('ru');

  it('writes counts, ratings and shares the reader’s way', () => {
    expect(en.count(1234567)).toBe('1,234,567');
    expect(plain(ru.count(1234567))).toBe('1 234 567');
    expect(en.number(3.75)).toBe('3.75');
    expect(ru.number(3.75)).toBe('3,75');
    expect(en.number(null)).toBe('–');
    expect(en.percent(0.615)).toBe('61.5%');
    expect(plain(ru.percent(0.615))).toBe('61,5 %');
    expect(en.ratio(1, 4)).toBe('25%');
    expect(en.ratio(0, 0)).toBe('–');
  });

  it('writes money with its currency, and months and days in the reader’s language', () => {
    expect(plain(en.money('1234.50', 'RUB'))).toBe('RUB 1,234.50');
    expect(plain(ru.money('1234.50', 'RUB'))).toBe('1 234,50 ₽');
    expect(en.month('2026-11')).toBe('November 2026');
    expect(ru.month('2026-11')).toMatch(/^ноябрь 2026/);
    expect(en.day('2026-03-01T00:00:00.000Z')).toBe('Mar 1, 2026');
    expect(ru.day('2026-03-01T00:00:00.000Z')).toMatch(/^1 мар\.? 2026/);
  });
});
