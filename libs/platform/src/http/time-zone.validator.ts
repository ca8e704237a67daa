import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { LruCache } from '../cache/lru-cache';

/** No IANA name is longer; a longer string is not looked up at all. */
const MAX_ZONE_LENGTH = 64;

/** Answers remembered, valid or not: a client may send any number of spellings, so the cache is bounded. */
const canonical = new LruCache<string, string | null>(1000);

/**
 * The IANA name of a time zone written in any letter case or as an alias ("europe/moscow", "utc", "US/Eastern" ->
 * "Europe/Moscow", "UTC", "America/New_York"), or null when the runtime knows no such zone. Building an
 * Intl.DateTimeFormat is the costliest part of validating a complaint, so answers are remembered.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (zone.length === 0 || zone.length > MAX_ZONE_LENGTH) return null;
  return canonical.getOrCompute(zone, () => {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      return null;
    }
  });
}

/**
 * A known IANA time zone, stored under its canonical name: "europe/moscow" is accepted and kept as "Europe/Moscow",
 * so every later comparison, cache and report sees one spelling.
 */
export function IsKnownTimeZone(options?: ValidationOptions): PropertyDecorator {
  const canonicalise = Transform(({ value }) =>
    typeof value === 'string' ? (canonicalTimeZone(value) ?? value) : value,
  );
  const validate = ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && canonicalTimeZone(value) === value,
        defaultMessage: () => '$property must be a valid IANA time-zone',
      },
    },
    options,
  );
  return (target, property) => {
    canonicalise(target, property);
    validate(target, property);
  };
}
