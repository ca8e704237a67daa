import { decodeDeadLetterCursor, encodeDeadLetterCursor } from './dead-letter-cursor';

describe('the dead-letter cursor', () => {
  it('carries where each partition goes on, short and URL-safe', () => {
    const cursor = [
      { partition: 0, before: 17n },
      { partition: 2, before: 9_223_372_036_854_775_807n },
    ];
    const text = encodeDeadLetterCursor(cursor);
    expect(text).toMatch(/^[\w-]+$/);
    expect(decodeDeadLetterCursor(text)).toEqual(cursor);
    expect(decodeDeadLetterCursor(undefined)).toBeNull();
  });

  it.each([
    ['not base64 of entries', 'bogus'],
    ['a partition twice', Buffer.from('0:1,0:2').toString('base64url')],
    ['a negative offset', Buffer.from('0:-1').toString('base64url')],
    ['an offset too long for Kafka', Buffer.from(`0:${'9'.repeat(20)}`).toString('base64url')],
    ['an older keyset cursor', Buffer.from('["2026-12-06T21:14:03.120Z",0,"17"]').toString('base64url')],
  ])('refuses %s with a 400 naming the cursor', (_, text) => {
    expect(() => decodeDeadLetterCursor(text)).toThrow(
      expect.objectContaining({
        response: expect.objectContaining({ errors: [expect.objectContaining({ field: 'cursor' })] }),
      }),
    );
  });
});
