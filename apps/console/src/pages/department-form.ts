import type { Department } from '@redress/http-api';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const SEVERITIES = ['low', 'normal', 'high', 'critical'] as const;

/** The form's fields by name, as posted or as prefilled from the department. */
export type DepartmentFields = Record<string, string>;

/** A duration as the services write them (`30m`, `4h`, `5d`): the largest unit that divides it. */
export function durationText(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const)
    if (ms > 0 && ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

/** The form prefilled from the department as escalation lists it; one blank row after the chain adds a level. */
export function departmentFields(department: Department): DepartmentFields {
  const fields: DepartmentFields = { name: department.name };
  department.chain.forEach((owner, index) => {
    fields[`chain.${index}.id`] = owner.id;
    fields[`chain.${index}.name`] = owner.name;
    fields[`chain.${index}.email`] = owner.email ?? '';
  });
  const calendar = department.sla.calendar;
  fields.timeZone = calendar?.timeZone ?? '';
  for (const day of WEEKDAYS) {
    const hours = (calendar?.hours as Record<string, { from: string; to: string } | undefined> | undefined)?.[day];
    fields[`hours.${day}.from`] = hours?.from ?? '';
    fields[`hours.${day}.to`] = hours?.to ?? '';
  }
  fields.holidays = (calendar?.holidays ?? []).join('\n');
  fields.criticalIgnoresHours = department.sla.criticalIgnoresHours ? 'on' : '';
  for (const severity of SEVERITIES) {
    const levels = department.sla.levels[severity];
    fields[`sla.${severity}.acknowledgeWithin`] = durationText(levels.acknowledgeWithinMs);
    fields[`sla.${severity}.resolveWithin`] = durationText(levels.resolveWithinMs);
  }
  return fields;
}

/**
 * The body of escalation's `PUT /departments/{id}` from the posted form. A chain row with no name is left out (that
 * owner leaves the chain); no time zone means around the clock; a day without hours is not worked. The deadlines are
 * sent only when one of them was changed from what the form showed: sending them makes all four the department's
 * own, where leaving them out keeps following the settings' defaults; a deadline left blank keeps what was shown.
 */
export function departmentRequest(posted: DepartmentFields, shown: DepartmentFields, chainRows: number): object {
  const value = (name: string) => (posted[name] ?? '').trim();
  const chain = Array.from({ length: chainRows }, (_, index) => ({
    id: value(`chain.${index}.id`) || undefined,
    name: value(`chain.${index}.name`),
    email: value(`chain.${index}.email`) || undefined,
  })).filter((owner) => owner.name !== '');
  const hours = Object.fromEntries(
    WEEKDAYS.filter((day) => value(`hours.${day}.from`) || value(`hours.${day}.to`)).map((day) => [
      day,
      { from: value(`hours.${day}.from`), to: value(`hours.${day}.to`) },
    ]),
  );
  const calendar = value('timeZone')
    ? {
        timeZone: value('timeZone'),
        hours,
        holidays: value('holidays')
          .split(/[\s,]+/)
          .filter(Boolean),
        criticalIgnoresHours: value('criticalIgnoresHours') === 'on',
      }
    : null;
  const slaFields = SEVERITIES.flatMap((severity) => [
    `sla.${severity}.acknowledgeWithin`,
    `sla.${severity}.resolveWithin`,
  ]);
  // A blank deadline keeps what was shown, so only a deadline typed differently counts as a change.
  const deadline = (name: string) => value(name) || (shown[name] ?? '');
  const slaChanged = slaFields.some((name) => deadline(name) !== (shown[name] ?? ''));
  const serviceLevels = slaChanged
    ? Object.fromEntries(
        SEVERITIES.map((severity) => [
          severity,
          {
            acknowledgeWithin: deadline(`sla.${severity}.acknowledgeWithin`),
            resolveWithin: deadline(`sla.${severity}.resolveWithin`),
          },
        ]),
      )
    : undefined;
  return { name: value('name'), chain, calendar, ...(serviceLevels && { serviceLevels }) };
}

/** Escalation names a bad field by its place in the body; the form names it by its input. */
export function formFieldOf(field: string): string {
  return field
    .replace(/^calendar\.hours$/, 'hours.mon.from')
    .replace(/^calendar\.hours\./, 'hours.')
    .replace(/^calendar\.timeZone$/, 'timeZone')
    .replace(/^calendar\.holidays.*$/, 'holidays')
    .replace(/^serviceLevels\./, 'sla.');
}
