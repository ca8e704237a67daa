import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { callApi } from '../stack/api';

/**
 * The calendar round of `bench:timers`: 20 departments, each with its own working calendar (time zone, hours,
 * holidays), and assignments spread over them whose timers fall due in the same second, half of them acknowledge
 * deadlines (escalation to level 2 with deadlines and warnings placed on the department's calendar) and half
 * deadline warnings (`assignment.deadline-approaching`, then the level's next warning placed on the calendar).
 */

const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Europe/Moscow',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Africa/Johannesburg',
  'America/Sao_Paulo',
  'Asia/Singapore',
  'Europe/London',
  'Pacific/Auckland',
  'Asia/Dubai',
  'America/Chicago',
  'Europe/Berlin',
  'Asia/Shanghai',
  'America/Mexico_City',
  'Europe/Istanbul',
  'Asia/Jakarta',
  'America/Toronto',
];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Four shapes of week: office hours, long days with Saturdays, short days, round the clock. */
function hoursOf(index: number): Record<string, { from: string; to: string }> {
  const days = (count: number, from: string, to: string) =>
    Object.fromEntries(WEEKDAYS.slice(0, count).map((day) => [day, { from, to }]));
  switch (index % 4) {
    case 0:
      return days(5, '09:00', '18:00');
    case 1:
      return days(6, '08:00', '20:00');
    case 2:
      return { ...days(5, '10:00', '16:00'), sat: { from: '10:00', to: '14:00' } };
    default:
      return days(7, '00:00', '24:00');
  }
}

/** The local date `days` from `now` in `zone`, YYYY-MM-DD. */
function localDate(now: Date, zone: string, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: zone });
}

export interface CalendarDepartment {
  id: string;
  timeZone: string;
  /** Owner ids by level, 1 first. */
  owners: string[];
}

/** Creates the 20 departments through escalation's own route (which validates each calendar), chains of three. */
export async function createCalendarDepartments(
  escalationUrl: string,
  adminToken: string,
): Promise<CalendarDepartment[]> {
  const now = new Date();
  const departments: CalendarDepartment[] = [];
  for (const [index, timeZone] of ZONES.entries()) {
    const id = `bench-calendar-${String(index + 1).padStart(2, '0')}`;
    // Half the departments are off today and tomorrow (their local dates), all of them on the year-end holidays.
    const holidays = [
      ...(index % 2 === 0 ? [localDate(now, timeZone, 0), localDate(now, timeZone, 1)] : []),
      '2026-12-25',
      '2027-01-01',
    ];
    const response = await callApi(escalationUrl, 'PUT', `/departments/${id}`, adminToken, {
      name: `Bench ${timeZone}`,
      chain: [{ name: 'First' }, { name: 'Second' }, { name: 'Top' }],
      calendar: { timeZone, hours: hoursOf(index), holidays, criticalIgnoresHours: index % 3 === 0 },
    });
    if (response.status !== 200)
      throw new Error(`PUT /departments/${id} answered ${response.status}: ${JSON.stringify(response.body)}`);
    const chain = (response.body as { chain: { id: string; level: number }[] }).chain;
    departments.push({
      id,
      timeZone,
      owners: [...chain].sort((a, b) => a.level - b.level).map((owner) => owner.id),
    });
  }
  return departments;
}

export interface CalendarSeed {
  /** Assignments whose acknowledge deadline falls due: each escalates once. */
  escalating: string[];
  /** Assignments whose 90% warning falls due (their deadline an hour later): each is warned once. */
  warned: string[];
}

/**
 * Open level-1 assignments over the departments, with their timers due from `firstDue` evenly over `spreadMs`, as
 * the service would store them: even ones at their acknowledge deadline, odd ones at the 90% warning of it.
 */
export async function seedCalendarAssignments(
  pool: Pool,
  departments: CalendarDepartment[],
  count: number,
  firstDue: Date,
  spreadMs: number,
): Promise<CalendarSeed> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const dueAt = (index: number) => new Date(firstDue.getTime() + Math.floor((index * spreadMs) / count));
  const ackDueAt = (index: number) => (index % 2 === 0 ? dueAt(index) : new Date(dueAt(index).getTime() + 3_600_000));
  const levelSince = new Date(Date.now() - 9 * 3_600_000);
  for (let start = 0; start < ids.length; start += 1000) {
    const chunk = ids.slice(start, start + 1000);
    const at = (offset: number) => start + offset;
    const department = (offset: number) => departments[at(offset) % departments.length];
    await pool.query(
      `INSERT INTO escalation.assignments (id, root_cause_id, department_id, level, owner_id, status, cause, complaint_count,
         acknowledge_due_at, resolve_due_at, next_due_at, created_at, level_since, updated_at)
       SELECT u.id, u.root_cause_id, u.department_id, 1, u.owner_id, 'open', 'Bench cause', 1, u.ack_due, u.ack_due + interval '1 day', u.ack_due, $4, $4, $4
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $5::uuid[], $6::timestamptz[]) AS u(id, root_cause_id, department_id, owner_id, ack_due)`,
      [
        chunk,
        chunk.map(() => randomUUID()),
        chunk.map((_, offset) => department(offset).id),
        levelSince,
        chunk.map((_, offset) => department(offset).owners[0]),
        chunk.map((_, offset) => ackDueAt(at(offset)).toISOString()),
      ],
    );
    await pool.query(
      `INSERT INTO escalation.assignment_history (assignment_id, at, event, level, owner_id)
       SELECT id, $2, 'created', 1, owner_id FROM escalation.assignments WHERE id = ANY($1::uuid[])`,
      [chunk, levelSince],
    );
    // Every assignment has its deadline timer; the warned ones also the warning timer that falls due now.
    await pool.query(
      `INSERT INTO escalation.timers (id, kind, subject_id, due_at, payload)
       SELECT gen_random_uuid(), 'assignment-deadline', id::text, acknowledge_due_at, '{"level": 1}' FROM escalation.assignments WHERE id = ANY($1::uuid[])`,
      [chunk],
    );
    const warnedIndexes = chunk.map((_, offset) => at(offset)).filter((index) => index % 2 === 1);
    await pool.query(
      `INSERT INTO escalation.timers (id, kind, subject_id, due_at, payload)
       SELECT gen_random_uuid(), 'assignment-deadline-warning', u.id::text, u.at,
         jsonb_build_object('level', 1, 'deadline', 'acknowledge', 'percent', 90, 'at', u.at_text, 'dueAt', u.due_text)
       FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[]) AS u(id, at, at_text, due_text)`,
      [
        warnedIndexes.map((index) => ids[index]),
        warnedIndexes.map((index) => dueAt(index).toISOString()),
        warnedIndexes.map((index) => dueAt(index).toISOString()),
        warnedIndexes.map((index) => ackDueAt(index).toISOString()),
      ],
    );
  }
  return {
    escalating: ids.filter((_, index) => index % 2 === 0),
    warned: ids.filter((_, index) => index % 2 === 1),
  };
}

/** The notices the notifier wrote for these assignments, per kind: all, and distinct assignments. */
export async function countNotices(
  pool: Pool,
  seed: CalendarSeed,
): Promise<{ escalated: number; escalatedDistinct: number; warnings: number; warningsDistinct: number }> {
  const count = async (kind: string, ids: string[]) => {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS total, count(DISTINCT substring(link from '[0-9a-f-]{36}$'))::int AS distinct_assignments
       FROM notifier.staff_notices WHERE kind = $1 AND substring(link from '[0-9a-f-]{36}$') = ANY($2::text[])`,
      [kind, ids],
    );
    return [rows[0].total as number, rows[0].distinct_assignments as number];
  };
  const [escalated, escalatedDistinct] = await count('assignment-escalated', seed.escalating);
  const [warnings, warningsDistinct] = await count('deadline-warning', seed.warned);
  return { escalated, escalatedDistinct, warnings, warningsDistinct };
}
