import { DeadLetter } from './dead-letter-store';
import { deadLetterPage } from './dead-letter-page';

const letter = (partition: number, offset: string, parkedAt: string, replayed = false): DeadLetter => ({
  partition,
  offset,
  parkedAt,
  key: null,
  value: null,
  headers: {},
  originalTopic: 'complaint.received',
  originalPartition: 0,
  originalOffset: '1',
  reason: 'handler-failed',
  error: 'boom',
  attempts: 4,
  failedAt: parkedAt,
  eventId: null,
  eventType: null,
  replayed,
});

describe('deadLetterPage', () => {
  const letters = [
    letter(0, '9', '2026-12-01T10:00:00.000Z'),
    letter(1, '10', '2026-12-01T10:00:00.000Z', true),
    letter(0, '2', '2026-11-30T10:00:00.000Z'),
    letter(1, '100', '2026-12-02T10:00:00.000Z'),
  ];

  it('lists newest first, partition and offset breaking ties, and counts the whole topic', () => {
    const page = deadLetterPage(letters, 'all', 10, null);
    expect(page.items.map((item) => `${item.partition}:${item.offset}`)).toEqual(['1:100', '1:10', '0:9', '0:2']);
    expect(page).toMatchObject({ after: null, pending: 3, replayed: 1 });
  });

  it('pages by position without skipping or repeating, also when a letter arrives meanwhile', () => {
    const first = deadLetterPage(letters, 'all', 2, null);
    expect(first.after).toEqual({ parkedAt: '2026-12-01T10:00:00.000Z', partition: 1, offset: '10' });
    const grown = [...letters, letter(0, '11', '2026-12-03T10:00:00.000Z')];
    const second = deadLetterPage(grown, 'all', 2, first.after);
    expect(second.items.map((item) => `${item.partition}:${item.offset}`)).toEqual(['0:9', '0:2']);
    expect(second.after).toBeNull();
  });

  it('shows only pending or only replayed letters when asked', () => {
    expect(deadLetterPage(letters, 'pending', 10, null).items).toHaveLength(3);
    expect(deadLetterPage(letters, 'replayed', 10, null).items.map((item) => item.offset)).toEqual(['10']);
  });
});
