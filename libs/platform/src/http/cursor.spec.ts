import { decodeCursor, encodeCursor } from './cursor';
import { toPage } from './page';

describe('cursors and pages', () => {
  const id = '2f1c4c8e-7a43-4d0e-9d5e-6c1b1c0d2e3f';

  it('round-trips a cursor and checks each part', () => {
    const cursor = encodeCursor([12, '2026-11-23T10:00:00.000Z', id]);
    expect(decodeCursor(cursor, ['int', 'time', 'uuid'])).toEqual([12, '2026-11-23T10:00:00.000Z', id]);
    expect(decodeCursor(undefined, ['uuid'])).toBeNull();
  });

  it.each([
    ['not base64 json'],
    [encodeCursor(['x'])],
    [encodeCursor([1, 2])],
    [encodeCursor(["'; DROP TABLE x; --"])],
  ])('refuses a forged cursor %p with a 400 naming the field', (cursor) => {
    expect(() => decodeCursor(cursor, ['uuid'])).toThrow(
      expect.objectContaining({
        response: expect.objectContaining({ errors: [{ field: 'cursor', reason: expect.any(String) }] }),
      }),
    );
  });

  it.each([
    ['a time Postgres cannot store', ['-100000-01-01T00:00:00.000Z', id]],
    ['a time past year 9999', ['+010000-01-01T00:00:00.000Z', id]],
    ['year zero', ['0000-01-01T00:00:00.000Z', id]],
    ['a date that does not exist', ['2026-02-31T00:00:00.000Z', id]],
    ['a time Date.parse reads loosely', ['1', id]],
    ['a time without milliseconds', ['2026-11-23T10:00:00Z', id]],
    ['an id that is not a UUID', ['2026-11-23T10:00:00.000Z', '../../etc/passwd']],
    ['a number for the time', [1_700_000_000_000, id]],
    ['too many parts', ['2026-11-23T10:00:00.000Z', id, 1]],
    ['an object', { at: '2026-11-23T10:00:00.000Z', id }],
  ])('refuses a cursor with %s', (_, key) => {
    const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');
    expect(() => decodeCursor(cursor, ['time', 'uuid'])).toThrow(expect.objectContaining({ status: 400 }));
  });

  it.each([[-1], [2 ** 31], [1.5], [Number.MAX_SAFE_INTEGER], ['7']])(
    'refuses the integer part %p, out of Postgres integer range or not whole',
    (value) => {
      expect(() => decodeCursor(encodeCursor([value as number]), ['int'])).toThrow(
        expect.objectContaining({ status: 400 }),
      );
      expect(decodeCursor(encodeCursor([2 ** 31 - 1]), ['int'])).toEqual([2 ** 31 - 1]);
    },
  );

  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone surrogate', 'a\ud800'],
    ['a long text', 'x'.repeat(201)],
  ])('refuses a text part with %s', (_, text) => {
    expect(() => decodeCursor(encodeCursor([text]), ['text'])).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('gives a next cursor only when there is more', () => {
    const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const page = toPage(
      rows,
      2,
      (row) => row.n,
      (row) => [row.n],
    );
    expect(page).toEqual({ items: [1, 2], nextCursor: encodeCursor([2]) });
    expect(
      toPage(
        rows,
        3,
        (row) => row.n,
        (row) => [row.n],
      ).nextCursor,
    ).toBeNull();
  });
});
