import { readTrail, trailLinks } from './page-trail';

describe('paging back and forth over keyset cursors', () => {
  it('links the first page to the next only', () => {
    expect(trailLinks('/dead-letters/triage', '', undefined, [], 'c1')).toEqual({
      previous: null,
      next: '/dead-letters/triage?cursor=c1&trail=-',
      first: null,
    });
  });

  it('goes back the way it came, to the first page last', () => {
    const second = trailLinks('/people', 'role=owner', 'c1', readTrail('-'), 'c2');
    expect(second).toEqual({
      previous: '/people?role=owner',
      next: '/people?role=owner&cursor=c2&trail=-.c1',
      first: '/people?role=owner',
    });
    const third = trailLinks('/people', 'role=owner', 'c2', readTrail('-.c1'), null);
    expect(third).toEqual({
      previous: '/people?role=owner&cursor=c1&trail=-',
      next: null,
      first: '/people?role=owner',
    });
  });

  it('keeps the trail short and drops what is not a cursor', () => {
    const long = Array.from({ length: 30 }, (_, index) => `c${index}`).join('.');
    expect(readTrail(long)).toHaveLength(20);
    expect(readTrail('c1.<script>.c2')).toEqual(['c1', 'c2']);
    expect(readTrail(['c1'])).toEqual([]);
    // With the oldest pages gone, "previous" still steps back one page at a time.
    expect(trailLinks('/x', '', 'c30', readTrail(long), null).previous).toBe(
      `/x?cursor=c29&trail=${Array.from({ length: 19 }, (_, index) => `c${index + 10}`).join('.')}`,
    );
  });
});
