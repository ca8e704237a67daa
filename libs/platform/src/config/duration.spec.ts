import { parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['15m', 900_000],
    ['4h', 14_400_000],
    ['5d', 432_000_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', '4', '4 hours', '-1s', '1.5h'])('refuses %p', (text) => {
    expect(() => parseDuration(text)).toThrow(/is not a duration/);
  });
});
