import { hashToken, newToken } from '@redress/platform/provisioning';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { insertDemoProfiles } from './staff-profile.store';
import { insertSupervisor } from './supervisor.store';

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
  await insertSupervisor(dataSource, supervisorId, 'Demo supervisor', hashToken(supervisorToken));
  const people = [...staff, { role: 'supervisor', id: supervisorId, name: 'Demo supervisor' }];
  await insertDemoProfiles(dataSource, people);
  return { supervisorToken };
}
