import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { canonicalTimeZone, IsKnownTimeZone } from './time-zone.validator';

class Contact {
  @IsKnownTimeZone({ message: 'must be an IANA time zone' })
  timezone!: unknown;
}

/** As the request validation pipe does it: transform, then validate. */
const check = (timezone: unknown) => {
  const contact = plainToInstance(Contact, { timezone });
  return {
    timezone: contact.timezone,
    errors: validateSync(contact).map((error) => Object.values(error.constraints ?? {})),
  };
};

describe('IsKnownTimeZone', () => {
  it.each([
    ['Europe/Moscow', 'Europe/Moscow'],
    ['europe/moscow', 'Europe/Moscow'],
    ['EUROPE/MOSCOW', 'Europe/Moscow'],
    ['utc', 'UTC'],
    ['america/new_york', 'America/New_York'],
    ['US/Eastern', 'America/New_York'],
  ])('accepts %s as %s, again and again', (zone, canonical) => {
    expect(check(zone)).toEqual({ timezone: canonical, errors: [] });
    expect(check(zone)).toEqual({ timezone: canonical, errors: [] });
  });

  it.each(['Mars/Olympus', '', 'Europe/Moscow ', 'Europe/'.repeat(20), 42, null])(
    'refuses %p, again and again',
    (zone) => {
      expect(check(zone).errors).toEqual([['must be an IANA time zone']]);
      expect(check(zone).errors).toEqual([['must be an IANA time zone']]);
    },
  );
});

describe('canonicalTimeZone', () => {
  it('answers the same for any number of made-up spellings (its cache is bounded, see LruCache)', () => {
    for (let index = 0; index < 3000; index++) expect(canonicalTimeZone(`Nowhere/Zone${index}`)).toBeNull();
    expect(canonicalTimeZone('eUROPE/mOSCOW')).toBe('Europe/Moscow');
  });
});
