import { hashToken, newToken } from '@redress/platform/provisioning';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** A person of the other services' demo seeds, to be given a staff profile. */
export interface DemoStaff {
  role: 'owner' | 'member';
  id: string;
  name: string;
}

/**
 * One supervisor, who reviews compensations and reads notifications, and a staff profile for every person of the
 * demo (owners, committee members, the supervisor): an email at staff.example, so their notices reach the mail sink.
 */
export async function seedNotifierDemo(
  dataSource: DataSource,
  staff: DemoStaff[] = [],
): Promise<{ supervisorToken: string }> {
  const supervisorToken = newToken('rs');
  const supervisorId = randomUUID();
  await dataSource.query('INSERT INTO notifier.supervisors (id, name, token_hash) VALUES ($1, $2, $3)', [
    supervisorId,
    'Demo supervisor',
    hashToken(supervisorToken),
  ]);
  const people = [...staff, { role: 'supervisor', id: supervisorId, name: 'Demo supervisor' }];
  await dataSource.query(
    `INSERT INTO notifier.staff_profiles (person, role, name, email, time_zone)
     SELECT role || ':' || id, role, name, role || '-' || left(id, 8) || '@staff.example', 'Europe/Moscow'
     FROM unnest($1::text[], $2::text[], $3::text[]) AS p(role, id, name)`,
    [people.map((person) => person.role), people.map((person) => person.id), people.map((person) => person.name)],
  );
  return { supervisorToken };
}
