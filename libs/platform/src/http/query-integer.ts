import { Transform } from 'class-transformer';

/**
 * A whole number in a query string, written in decimal digits only: `Number()` would also read "0x10", "1e2",
 * " 5" and "" (as 0), which no client means. Anything else stays text, so `@IsInt()` refuses it by name.
 */
export function QueryInteger(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value));
}
