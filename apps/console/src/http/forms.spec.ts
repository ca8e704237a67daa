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
    expect(errors).toEqual({
      causeReport: 'Required: write what applies.',
      actionsTaken: 'must be at most 5000 characters',
    });
  });

  it.each([
    ['/committee?cursor=x', '/committee?cursor=x'],
    ['/rootcauses/1?done=voted#votes', '/rootcauses/1?done=voted#votes'],
    // What the browser would request anyway: tabs and newlines dropped, the path resolved and percent-encoded.
    ['/commit\ttee', '/committee'],
    ['/a/../review', '/review'],
    ['/sign-in?x=\r\nSet-Cookie:%20a', '/sign-in?x=Set-Cookie:%20a'],
    ['/café bar', '/caf%C3%A9%20bar'],
  ])('keeps %p on this site as %p', (next, path) => {
    expect(localPath(next, '/home')).toBe(path);
  });

  it.each([
    '//evil.example/',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' //evil.example',
    '\u0000//evil.example',
    'https://evil.example/',
    'https:evil.example',
    'http:evil.example',
    'javascript:alert(1)',
    '/%5Cevil.example',
    '/%5cevil.example',
    '/%2F%2Fevil.example',
    'committee',
    '',
    undefined,
    ['/committee'],
  ])('sends %p home instead', (next) => {
    expect(localPath(next, '/home')).toBe('/home');
  });

  it('takes only UUIDs as page ids', () => {
    expect(new PageId().transform('0C4A4D6E-1B5E-4F7B-9E2A-3D4C5B6A7980')).toBe('0c4a4d6e-1b5e-4f7b-9e2a-3d4c5b6a7980');
    expect(() => new PageId().transform('../etc')).toThrow();
  });
});
