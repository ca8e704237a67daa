import { hasLoneSurrogate, parseFormBody, parseUrlEncoded } from './well-formed-text';

describe('hasLoneSurrogate', () => {
  it.each([
    ['a high surrogate alone', 'a\ud800b', true],
    ['a low surrogate alone', '\udc00', true],
    ['two high surrogates', '\ud83d\ud83d', true],
    ['an emoji (a proper pair)', 'Курьер 😡', false],
    ['plain text', 'late courier', false],
  ])('%s: %s', (_, text, expected) => {
    expect(hasLoneSurrogate(text)).toBe(expected);
  });
});

describe('parseUrlEncoded', () => {
  it('decodes names and values, pluses as spaces, and keeps repeated names as lists', () => {
    expect(parseUrlEncoded('reason=too+late%21&vote=a&vote=b&empty&text=%F0%9F%98%A1', 'body')).toEqual({
      values: { reason: 'too late!', vote: ['a', 'b'], empty: '', text: '😡' },
    });
  });

  it.each([
    ['an encoded lone surrogate (CESU-8)', 'cursor=%ED%A0%80', 'cursor'],
    ['a byte that is not UTF-8', 'status=%FF', 'status'],
    ['a broken escape', 'limit=%E2%82', 'limit'],
    ['a bare percent sign', 'cursor=%', 'cursor'],
    ['a broken name', '%ED%A0%80=1', 'query'],
  ])('names the field of %s', (_, text, field) => {
    expect(parseUrlEncoded(text, 'query')).toEqual({ error: { field, reason: expect.stringContaining('not UTF-8') } });
  });
});

describe('parseFormBody', () => {
  it('parses a form', () => {
    expect(parseFormBody(Buffer.from('token=abc&next=%2Freview'))).toEqual({ token: 'abc', next: '/review' });
  });

  it('refuses raw bytes that are not UTF-8 with a 400, where a lenient parser would put U+FFFD in their place', () => {
    expect(() => parseFormBody(Buffer.from([0x61, 0x3d, 0xed, 0xa0, 0x80]))).toThrow(
      expect.objectContaining({ statusCode: 400, errors: [{ field: 'body', reason: 'The body is not valid UTF-8' }] }),
    );
  });

  it('refuses an encoded lone surrogate naming the field', () => {
    expect(() => parseFormBody(Buffer.from('reason=ok&comment=%ED%B0%80'))).toThrow(
      expect.objectContaining({ statusCode: 400, errors: [{ field: 'comment', reason: 'comment is not UTF-8 text' }] }),
    );
  });
});
