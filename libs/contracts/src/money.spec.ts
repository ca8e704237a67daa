import { formatMinorUnits, toMinorUnits } from './money';

describe('money', () => {
  it.each([
    ['2490.00', 'RUB', 249000],
    ['2490', 'RUB', 249000],
    ['0.5', 'RUB', 50],
    ['0', 'RUB', 0],
    ['1500', 'JPY', 1500],
    ['1.234', 'KWD', 1234],
  ])('%s %s is %d minor units', (decimal, currency, amount) => {
    expect(toMinorUnits(decimal, currency)).toEqual({ ok: true, amount });
  });

  it.each([
    ['10.001', 'RUB', 'RUB has 2 digit(s) after the decimal point'],
    ['1.5', 'JPY', 'JPY has 0 digit(s) after the decimal point'],
    ['-1.00', 'RUB', 'must be a decimal string such as "2490.00"'],
    ['1e3', 'RUB', 'must be a decimal string such as "2490.00"'],
    ['99999999999999', 'RUB', 'must be a decimal string such as "2490.00"'],
  ])('refuses %s %s', (decimal, currency, error) => {
    expect(toMinorUnits(decimal, currency)).toEqual({ ok: false, error });
  });

  it('formats minor units back to the decimal string', () => {
    expect(formatMinorUnits(20000, 'RUB')).toBe('200.00');
    expect(formatMinorUnits(5, 'RUB')).toBe('0.05');
    expect(formatMinorUnits(1500, 'JPY')).toBe('1500');
  });
});
