/**
 * What the provisioner (scripts/stack/provision.ts) asks of one app, and what the app answers. Each app runs its own
 * part as a process, `node dist/apps/<app>/src/cli/provision.cli.js '<job as JSON>'`, with DATABASE_URL naming its
 * own role, and prints a `ProvisionReport` as JSON: the provisioner never loads an app's code, migrations or tables.
 */
export interface ProvisionJob {
  /** Sends each outbox's last minutes of sends again (the embedded broker lost its topics). */
  requeueLastSent?: boolean;
  /**
   * Seeds the demo data. Intake seeds only a database without the demo client system, and answers null otherwise:
   * the other apps are asked only after intake seeded. The notifier gives every person in `staff` a profile.
   */
  demo?: { staff?: DemoStaffMember[] };
  /** Intake: says whether the demo data is there, seeding nothing. */
  checkDemo?: boolean;
  /** The first people of a production database; each app handles its part, finding what exists by name. */
  people?: FirstPeople;
  /** Creates the people not found (else only reports what exists). */
  createPeople?: boolean;
  /** Intake: client systems (filers) to register, for load scenarios; their API keys come back. */
  clientSystems?: string[];
}

export interface ProvisionReport {
  schema: string;
  /** The app's demo secrets, or null when the demo was there already; absent when not asked for. */
  demo?: DemoPart | null;
  demoExists?: boolean;
  /** One line per person the app handles: what already stands for it, or what was created now. */
  people?: PeopleOutcome[];
  clientSystems?: { name: string; id: string; apiKey: string }[];
  /** The people step that failed, and why; the outcomes before it stand. */
  failed?: string;
}

/** The people a production database starts with (scripts/stack/first-people.ts reads them); each part optional. */
export interface FirstPeople {
  chair?: { name: string; department: string };
  supervisor?: { name: string };
  admin?: { name: string };
  client?: { name: string };
  console?: { name: string };
}

/** A secret made now, shown once: only its hash is stored. */
export interface CreatedSecret {
  what: string;
  id: string;
  name: string;
  /** The token or API key. */
  secret: string;
}

export interface PeopleOutcome {
  what: string;
  /** What already stands for this person, e.g. "committee chair Olga". */
  existing: string | null;
  created?: CreatedSecret;
}

/** One person (or key) an app makes: what already stands for it, else how to make it. */
export interface PeopleStep<Db> {
  what: string;
  existing(db: Db): Promise<string | null>;
  create(db: Db): Promise<CreatedSecret>;
}

/** A committee member of the demo, with the token to sign in with. */
export interface DemoMember {
  id: string;
  name: string;
  department: string;
  chair: boolean;
  token: string;
}

/** A department owner of the demo, with the token to sign in with. */
export interface DemoOwner {
  id: string;
  name: string;
  department: string;
  level: number;
  token: string;
}

/** A person of the triage and escalation demo seeds, to be given a staff profile by the notifier. */
export interface DemoStaffMember {
  role: 'member' | 'owner';
  id: string;
  name: string;
}

/** The secrets of the whole demo: each app contributes its part. */
export interface DemoSecrets {
  /** The demo client system's key on intake. */
  apiKey: string;
  /** The console's staff-reader key on intake. */
  consoleApiKey: string;
  members: DemoMember[];
  owners: DemoOwner[];
  supervisorToken: string;
}

export type DemoPart = Partial<DemoSecrets>;
