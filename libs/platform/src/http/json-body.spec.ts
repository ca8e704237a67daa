import { MAX_JSON_DEPTH, parseJsonBody } from './json-body';

describe('parseJsonBody', () => {
  it('parses JSON and keeps text verbatim', () => {
    expect(parseJsonBody(Buffer.from('{"text":"  Курьер опоздал 😡  "}'))).toEqual({ text: '  Курьер опоздал 😡  ' });
  });

  it.each([
    ['an empty body', Buffer.alloc(0), /empty/],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), /UTF-8/],
    ['broken JSON', Buffer.from('{"a": '), /not valid JSON/],
    ['a prototype key', Buffer.from('{"customer": {"__proto__": {"admin": true}}}'), /forbidden key "__proto__"/],
    ['a NUL character', Buffer.from('{"text":"a\\u0000b"}'), /NUL/],
    ['a constructor key', Buffer.from('{"constructor": {"prototype": {}}}'), /forbidden key "constructor"/],
  ])('refuses %s with a 400', (_, body, message) => {
    expect(() => parseJsonBody(body)).toThrow(expect.objectContaining({ statusCode: 400, message: expect.stringMatching(message) }));
  });

  it('refuses nesting deeper than the limit and accepts it at the limit', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(() => parseJsonBody(Buffer.from(nested(MAX_JSON_DEPTH)))).not.toThrow();
    expect(() => parseJsonBody(Buffer.from(nested(MAX_JSON_DEPTH + 1)))).toThrow(/deeper than/);
    expect(() => parseJsonBody(Buffer.from(nested(100_000)))).toThrow(/deeper than|not valid JSON/);
  });
});
