import { validateSync } from 'class-validator';
import { IsKnownTimeZone } from './time-zone.validator';

class Contact {
  @IsKnownTimeZone({ message: 'must be an IANA time zone' })
  timezone!: unknown;
}

const errorsFor = (timezone: unknown) => {
  const contact = Object.assign(new Contact(), { timezone });
  return validateSync(contact).map((error) => Object.values(error.constraints ?? {}));
};

describe('IsKnownTimeZone', () => {
  it.each(['Europe/Moscow', 'America/New_York', 'UTC', 'Asia/Kolkata'])('accepts %s, again and again', (zone) => {
    expect(errorsFor(zone)).toEqual([]);
    expect(errorsFor(zone)).toEqual([]);
  });

  it.each(['Mars/Olympus', '', 'Europe/Moscow ', 42, null])('refuses %p, again and again', (zone) => {
    expect(errorsFor(zone)).toEqual([['must be an IANA time zone']]);
    expect(errorsFor(zone)).toEqual([['must be an IANA time zone']]);
  });
});
