import { validateSync } from 'class-validator';
import { CharLength } from './char-length.validator';

class Sample {
  @CharLength(1, 3) text!: unknown;
}

function errorsFor(text: unknown): string[] {
  const sample = Object.assign(new Sample(), { text });
  return validateSync(sample).flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('CharLength', () => {
  it('counts code points, so emoji and Cyrillic count once each', () => {
    expect(errorsFor('😡😡😡')).toEqual([]);
    expect(errorsFor('абв')).toEqual([]);
    expect(errorsFor('😡😡😡😡')).toEqual(['text must be a string of 1 to 3 characters']);
  });

  it('refuses empty strings and non-strings', () => {
    expect(errorsFor('')).toHaveLength(1);
    expect(errorsFor(42)).toHaveLength(1);
  });
});
