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
    expect(() => parseJsonBody(body)).toThrow(
      expect.objectContaining({ statusCode: 400, message: expect.stringMatching(message) }),
    );
  });

  it.each([
    ['a lone high surrogate in a nested value', '{"customer":{"name":"Boris\\ud800"}}', 'customer.name'],
    ['a lone low surrogate in an array item', '{"votes":["ok","\\udc00"]}', 'votes.1'],
    ['a lone surrogate in a key', '{"customer":{"na\\ud800me":"Boris"}}', 'customer'],
    ['a lone surrogate in a top-level key', '{"\\udfff":1}', 'body'],
    ['a NUL character', '{"text":"a\\u0000b"}', 'text'],
  ])('refuses %s with a 400 naming the field', (_, body, field) => {
    expect(() => parseJsonBody(Buffer.from(body))).toThrow(
      expect.objectContaining({ statusCode: 400, errors: [{ field, reason: expect.any(String) }] }),
    );
  });

  it('refuses a lone surrogate sent as raw bytes (CESU-8), which is not UTF-8', () => {
    const body = Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    expect(() => parseJsonBody(body)).toThrow(/not valid UTF-8/);
  });

  it('accepts a surrogate pair written as escapes', () => {
    expect(parseJsonBody(Buffer.from('{"text":"\\ud83d\\ude21"}'))).toEqual({ text: '😡' });
  });

  it('refuses nesting deeper than the limit and accepts it at the limit', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(() => parseJsonBody(Buffer.from(nested(MAX_JSON_DEPTH)))).not.toThrow();
    expect(() => parseJsonBody(Buffer.from(nested(MAX_JSON_DEPTH + 1)))).toThrow(/deeper than/);
    expect(() => parseJsonBody(Buffer.from(nested(100_000)))).toThrow(/deeper than|not valid JSON/);
  });
});
