import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps a short text whole, with its whitespace flattened', () => {
    expect(excerpt('  The courier\nwas   late. ')).toBe('The courier was late.');
  });

  it('cuts a long text at a word and marks the cut', () => {
    const text = `${'word '.repeat(60)}end`;
    const cut = excerpt(text);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(201);
  });

  it('cuts inside a word when no space is near the limit', () => {
    const cut = excerpt('x'.repeat(500));
    expect(cut).toBe(`${'x'.repeat(200)}…`);
  });
});
