import { decodeCursor, encodeCursor } from './cursor';
import { toPage } from './page';

describe('cursors and pages', () => {
  const id = '2f1c4c8e-7a43-4d0e-9d5e-6c1b1c0d2e3f';

  it('round-trips a cursor and checks each part', () => {
    const cursor = encodeCursor([12, '2026-11-23T10:00:00.000Z', id]);
    expect(decodeCursor(cursor, ['int', 'time', 'uuid'])).toEqual([12, '2026-11-23T10:00:00.000Z', id]);
    expect(decodeCursor(undefined, ['uuid'])).toBeNull();
  });

  it.each([['not base64 json'], [encodeCursor(['x'])], [encodeCursor([1, 2])], [encodeCursor(["'; DROP TABLE x; --"])]])(
    'refuses a forged cursor %p with a 400 naming the field',
    (cursor) => {
      expect(() => decodeCursor(cursor, ['uuid'])).toThrow(expect.objectContaining({ response: expect.objectContaining({ errors: [{ field: 'cursor', reason: expect.any(String) }] }) }));
    },
  );

  it('gives a next cursor only when there is more', () => {
    const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const page = toPage(rows, 2, (row) => row.n, (row) => [row.n]);
    expect(page).toEqual({ items: [1, 2], nextCursor: encodeCursor([2]) });
    expect(toPage(rows, 3, (row) => row.n, (row) => [row.n]).nextCursor).toBeNull();
  });
});
