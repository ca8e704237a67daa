import { DemoSecrets, DemoStaffMember } from '@redress/platform';
import { provisionApp } from './app-provisioning';
import { DATABASE_APPS, ensureServiceRoles, roleDatabaseUrl, ServiceRoles } from './database-roles';
import { AppName } from './service-process';

export type { DemoSecrets } from '@redress/platform';

export interface ProvisionOptions {
  /** Requeues each outbox's last sends (see `requeueLastSent`). */
  brokerStartsEmpty?: boolean;
  /**
   * Each app's own role (docs/least-privilege.md): created or given its password again, made the owner of its schema,
   * and the one that migrates it. Without roles, everything runs as the `databaseUrl` user (benchmarks).
   */
  roles?: ServiceRoles;
  /** Seeds the demo data (the default, for `npm start` and the tests); the production provisioner asks for it with --demo. */
  demo?: boolean;
}

/**
 * Runs every app's migrations in its own schema, then (unless `demo` is false) seeds the demo data if the database has
 * none. Returns the new secrets, or null when the data (and so the secrets) already existed or no demo was asked for.
 * Each app does its part in a process of its own (`provisionApp`): intake first decides whether the demo is new.
 */
export async function provision(
  databaseUrl: string,
  { brokerStartsEmpty = false, roles, demo = true }: ProvisionOptions = {},
): Promise<DemoSecrets | null> {
  if (roles) await ensureServiceRoles(databaseUrl, roles, appSchemas());
  const urlOf = (app: AppName) => (roles ? roleDatabaseUrl(databaseUrl, roles[app]) : databaseUrl);
  const reports = await Promise.all(
    DATABASE_APPS.map((app) =>
      provisionApp(app, urlOf(app), {
        requeueLastSent: brokerStartsEmpty,
        ...(demo && app === 'intake' ? { demo: {} } : {}),
      }),
    ),
  );
  const intake = reports[DATABASE_APPS.indexOf('intake')].demo;
  if (!intake) return null;
  const [triage, escalation] = await Promise.all(
    (['triage', 'escalation'] as const).map(async (app) => (await provisionApp(app, urlOf(app), { demo: {} })).demo),
  );
  // Every person of the demo gets a staff profile with an email in the notifier's directory.
  const staff: DemoStaffMember[] = [
    ...(triage?.members ?? []).map((member) => ({ role: 'member' as const, id: member.id, name: member.name })),
    ...(escalation?.owners ?? []).map((owner) => ({ role: 'owner' as const, id: owner.id, name: owner.name })),
  ];
  const notifier = (await provisionApp('notifier', urlOf('notifier'), { demo: { staff } })).demo;
  return { ...intake, ...triage, ...escalation, ...notifier } as DemoSecrets;
}

/** Each app's schema is named as the app (`intake.data-source.ts` and the others say so too). */
function appSchemas(): Record<AppName, string> {
  return Object.fromEntries(DATABASE_APPS.map((app) => [app, app])) as Record<AppName, string>;
}
