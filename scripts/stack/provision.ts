import { DemoSecrets, DemoStaffMember, ProvisionJob, ProvisionReport } from '@redress/platform';
import { Client } from 'pg';
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
  /** More for an app to do while it migrates (the first people, for `npm run provision`). */
  jobs?: Partial<Record<AppName, ProvisionJob>>;
  /** Every app migrated a moment ago (and has no job): only the apps that seed are started. */
  migrated?: boolean;
}

export interface Provisioned {
  /** The demo's new secrets, or null when the demo was there already or not asked for. */
  secrets: DemoSecrets | null;
  /** What each app answered while migrating (every app, unless `migrated`). */
  reports: Partial<Record<AppName, ProvisionReport>>;
}

/**
 * Runs every app's migrations in its own schema, then (unless `demo` is false) seeds the demo data if the database has
 * none. Returns the new secrets, or null when the data (and so the secrets) already existed or no demo was asked for.
 */
export async function provision(databaseUrl: string, options: ProvisionOptions = {}): Promise<DemoSecrets | null> {
  return (await provisionApps(databaseUrl, options)).secrets;
}

/**
 * Each app does its part in a process of its own (`provisionApp`), all five side by side. Intake decides whether the
 * demo is new; the notifier gives the people of triage's and escalation's demo a staff profile, so it seeds last. In
 * a database with no tables yet the demo is new for sure, and triage and escalation seed while they migrate: two
 * rounds of processes instead of three.
 */
export async function provisionApps(
  databaseUrl: string,
  { brokerStartsEmpty = false, roles, demo = true, jobs = {}, migrated = false }: ProvisionOptions = {},
): Promise<Provisioned> {
  if (roles) await ensureServiceRoles(databaseUrl, roles, appSchemas());
  const urlOf = (app: AppName) => (roles ? roleDatabaseUrl(databaseUrl, roles[app]) : databaseUrl);
  const fresh = demo && (await hasNoTables(databaseUrl));
  const seedsFirst = (app: AppName) =>
    demo && (app === 'intake' || (fresh && (app === 'triage' || app === 'escalation')));
  const firstRound = migrated ? DATABASE_APPS.filter(seedsFirst) : DATABASE_APPS;
  const answers = await Promise.all(
    firstRound.map((app) =>
      provisionApp(app, urlOf(app), {
        ...jobs[app],
        requeueLastSent: brokerStartsEmpty,
        ...(seedsFirst(app) ? { demo: {} } : {}),
      }),
    ),
  );
  const reports = Object.fromEntries(firstRound.map((app, index) => [app, answers[index]])) as Provisioned['reports'];
  const intake = reports.intake?.demo;
  if (!intake) return { secrets: null, reports };
  const [triage, escalation] = fresh
    ? [reports.triage?.demo, reports.escalation?.demo]
    : await Promise.all(
        (['triage', 'escalation'] as const).map(
          async (app) => (await provisionApp(app, urlOf(app), { demo: {} })).demo,
        ),
      );
  // Every person of the demo gets a staff profile with an email in the notifier's directory.
  const staff: DemoStaffMember[] = [
    ...(triage?.members ?? []).map((member) => ({ role: 'member' as const, id: member.id, name: member.name })),
    ...(escalation?.owners ?? []).map((owner) => ({ role: 'owner' as const, id: owner.id, name: owner.name })),
  ];
  const notifier = (await provisionApp('notifier', urlOf('notifier'), { demo: { staff } })).demo;
  return { secrets: { ...intake, ...triage, ...escalation, ...notifier } as DemoSecrets, reports };
}

/** Each app's schema is named as the app (`intake.data-source.ts` and the others say so too). */
function appSchemas(): Record<AppName, string> {
  return Object.fromEntries(DATABASE_APPS.map((app) => [app, app])) as Record<AppName, string>;
}

/** No app has migrated here yet: its schemas (if made) hold no table. */
async function hasNoTables(databaseUrl: string): Promise<boolean> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT count(*)::int AS tables FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind = 'r' AND n.nspname = ANY($1)`,
      [DATABASE_APPS],
    );
    return (rows[0] as { tables: number }).tables === 0;
  } finally {
    await db.end();
  }
}
