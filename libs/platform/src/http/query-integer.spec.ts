import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PageQuery } from './page';

const check = (limit: unknown) => {
  const query = plainToInstance(PageQuery, { limit });
  return { limit: query.limit, valid: validateSync(query).length === 0 };
};

describe('QueryInteger (PageQuery.limit)', () => {
  it.each([
    ['1', 1],
    ['50', 50],
    ['200', 200],
  ])('reads %p as %p', (text, value) => {
    expect(check(text)).toEqual({ limit: value, valid: true });
  });

  it.each(['0x10', '1e2', ' 5', '', '1.5', '-1', '0', '201', '99999999999999999999', 'abc'])('refuses %p', (text) => {
    expect(check(text).valid).toBe(false);
  });
});
