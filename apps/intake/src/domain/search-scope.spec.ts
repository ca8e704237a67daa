import { excerpt, EXCERPT_LENGTH, searchScope } from './search-scope';

describe('searchScope', () => {
  it('lets committee members search every department, or the one they ask for', () => {
    expect(searchScope({ role: 'member' }, undefined)).toEqual({ allowed: true, department: null });
    expect(searchScope({ role: 'member' }, 'billing')).toEqual({ allowed: true, department: 'billing' });
  });

  it("limits owners to their own department, and refuses another one by the field's name", () => {
    const owner = { role: 'owner', department: 'logistics' } as const;
    expect(searchScope(owner, undefined)).toEqual({ allowed: true, department: 'logistics' });
    expect(searchScope(owner, 'logistics')).toEqual({ allowed: true, department: 'logistics' });
    expect(searchScope(owner, 'billing')).toEqual({
      allowed: false,
      field: 'department',
      reason: expect.stringContaining('(logistics)'),
    });
  });
});

describe('excerpt', () => {
  it('keeps a short text whole and cuts a long one at a word, marked', () => {
    expect(excerpt('Courier was late')).toBe('Courier was late');
    const long = 'слово '.repeat(100);
    const cut = excerpt(long);
    expect(cut.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    expect(cut).toMatch(/слово…$/);
  });
});
