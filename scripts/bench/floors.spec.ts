import { multiple, ratio } from './floors';

describe('floors', () => {
  it('divides the figure by its floor', () => {
    expect(ratio(2800, 11200)).toBe('0.25');
    expect(ratio(130, 40)).toBe('3.25');
    expect(ratio(1234, 10)).toBe('123.4');
  });

  it('says n/a rather than dividing by a missing or zero floor', () => {
    expect(ratio(100, 0)).toBe('n/a');
    expect(ratio(100, NaN)).toBe('n/a');
    expect(ratio(NaN, 10)).toBe('n/a');
  });

  it('writes a latency as a multiple of its floor', () => {
    expect(multiple(120, 30)).toBe('4.00x');
    expect(multiple(120, 0)).toBe('n/a');
  });
});
