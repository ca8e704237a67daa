import { createAdminToken, FirstPeople, PeopleStep } from '@redress/platform/provisioning';
import { DataSource } from 'typeorm';
import { adminTokenExists } from './admin-token.store';
import { clientSystemExists, createClientSystem } from './client-system.store';

/**
 * Intake's part of a production database's first people: its admin, the first client system and the console's
 * staff-reader key. Each is found by name, so provisioning again makes nothing twice.
 */
export function intakePeopleSteps({ admin, client, console }: FirstPeople): PeopleStep<DataSource>[] {
  const steps: PeopleStep<DataSource>[] = [];
  if (admin) {
    steps.push({
      what: `intake admin ${admin.name}`,
      existing: async (db) => ((await adminTokenExists(db, admin.name)) ? `intake admin ${admin.name}` : null),
      create: async (db) => {
        const { id, token } = await createAdminToken(db, 'intake', admin.name);
        return { what: 'intake admin', id, name: admin.name, secret: token };
      },
    });
  }
  for (const [system, kind] of [
    [client, 'filer'],
    [console, 'staff-reader'],
  ] as const) {
    if (!system) continue;
    const what = kind === 'filer' ? 'client system' : 'console staff reader';
    steps.push({
      what: `${what} ${system.name}`,
      existing: async (db) => ((await clientSystemExists(db, system.name)) ? `${what} ${system.name}` : null),
      create: async (db) => {
        const { id, apiKey } = await createClientSystem(db, system.name, kind);
        return { what, id, name: system.name, secret: apiKey };
      },
    });
  }
  return steps;
}
