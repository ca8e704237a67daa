import { translator } from '../i18n/translate';
import { errorsByField, field, localPath, PageId } from './forms';

describe('forms', () => {
  it('reads text fields only', () => {
    expect(field({ a: 'x', b: ['1', '2'] }, 'a')).toBe('x');
    expect(field({ b: ['1', '2'] }, 'b')).toBe('');
    expect(field(undefined, 'a')).toBe('');
  });

  it('says "required" for a blank field and keeps the service reason otherwise', () => {
    const errors = errorsByField(
      translator('en'),
      [
        { field: 'causeReport', reason: 'must not be empty' },
        { field: 'actionsTaken', reason: 'must be at most 5000 characters' },
      ],
      { causeReport: '   ', actionsTaken: 'x'.repeat(6000) },
    );
    expect(errors).toEqual({ causeReport: 'Required: write what applies.', actionsTaken: 'must be at most 5000 characters' });
  });

  it.each([
    ['/committee?cursor=x', '/committee?cursor=x'],
    ['//evil.example/', '/home'],
    ['/\\evil.example', '/home'],
    ['https://evil.example/', '/home'],
    [undefined, '/home'],
  ])('keeps %p on this site as %p', (next, path) => {
    expect(localPath(next, '/home')).toBe(path);
  });

  it('takes only UUIDs as page ids', () => {
    expect(new PageId().transform('0C4A4D6E-1B5E-4F7B-9E2A-3D4C5B6A7980')).toBe('0c4a4d6e-1b5e-4f7b-9e2a-3d4c5b6a7980');
    expect(() => new PageId().transform('../etc')).toThrow();
  });
});
