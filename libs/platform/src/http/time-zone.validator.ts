import { isTimeZone, ValidateBy, ValidationOptions } from 'class-validator';

/** Zones already checked; bounded, since clients choose the strings. */
const checked = new Map<string, boolean>();
const MAX_REMEMBERED = 1000;

/**
 * `@IsTimeZone` with its answers remembered: class-validator builds an Intl.DateTimeFormat for every check,
 * which was the largest single cost of validating a complaint.
 */
export function IsKnownTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isRememberedTimeZone(value),
        defaultMessage: () => '$property must be a valid IANA time-zone',
      },
    },
    options,
  );
}

export function isRememberedTimeZone(zone: string): boolean {
  const known = checked.get(zone);
  if (known !== undefined) return known;
  const valid = isTimeZone(zone);
  if (checked.size < MAX_REMEMBERED) checked.set(zone, valid);
  return valid;
}
