import { NoticePreferences, StaffRole } from '../domain/staff-preferences';
import { Db } from './rows';
import { StaffContacts } from './staff-delivery.store';

/** A row of the staff directory (`notifier.staff_profiles`), keyed by `<role>:<id>`. */
export interface ProfileRow {
  person: string;
  role: StaffRole;
  name: string;
  email: string | null;
  chat_webhook: string | null;
  time_zone: string;
  preferences: NoticePreferences;
  updated_at: Date;
}

/** What notices need of a profile: where to reach the person, on which clock, how they take each kind. */
export type NoticeProfile = Pick<ProfileRow, 'person' | 'email' | 'chat_webhook' | 'time_zone' | 'preferences'>;

/** The SQL of the staff directory: where each person is reached, on which clock, and how they take each notice. */
export async function profileOf(db: Db, person: string): Promise<ProfileRow | undefined> {
  const [row]: ProfileRow[] = await db.query(`SELECT * FROM notifier.staff_profiles WHERE person = $1`, [person]);
  return row;
}

export async function upsertProfile(
  db: Db,
  profile: Omit<ProfileRow, 'updated_at' | 'preferences'> & { preferences: NoticePreferences },
): Promise<void> {
  await db.query(
    `INSERT INTO notifier.staff_profiles (person, role, name, email, chat_webhook, time_zone, preferences, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (person) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, chat_webhook = EXCLUDED.chat_webhook,
         time_zone = EXCLUDED.time_zone, preferences = EXCLUDED.preferences, updated_at = now()`,
    [
      profile.person,
      profile.role,
      profile.name,
      profile.email,
      profile.chat_webhook,
      profile.time_zone,
      JSON.stringify(profile.preferences),
    ],
  );
}

export async function storedPreferencesOf(db: Db, person: string): Promise<NoticePreferences | undefined> {
  const [row]: { preferences: NoticePreferences }[] = await db.query(
    `SELECT preferences FROM notifier.staff_profiles WHERE person = $1`,
    [person],
  );
  return row?.preferences;
}

/** Everyone in the directory with `role`, by person key. */
export async function personsWithRole(db: Db, role: string): Promise<string[]> {
  const rows: { person: string }[] = await db.query(
    `SELECT person FROM notifier.staff_profiles WHERE role = $1 ORDER BY person`,
    [role],
  );
  return rows.map((row) => row.person);
}

export function noticeProfilesOf(db: Db, persons: string[]): Promise<NoticeProfile[]> {
  return db.query(
    `SELECT person, email, chat_webhook, time_zone, preferences FROM notifier.staff_profiles WHERE person = ANY($1::text[])`,
    [persons],
  );
}

export async function contactsOf(db: Db, person: string): Promise<StaffContacts | undefined> {
  const [contacts]: StaffContacts[] = await db.query(
    `SELECT person, email, chat_webhook FROM notifier.staff_profiles WHERE person = $1`,
    [person],
  );
  return contacts;
}

/** The demo's people, each with an email at staff.example (their notices reach the mail sink). */
export async function insertDemoProfiles(db: Db, people: { role: string; id: string; name: string }[]): Promise<void> {
  await db.query(
    `INSERT INTO notifier.staff_profiles (person, role, name, email, time_zone)
     SELECT role || ':' || id, role, name, role || '-' || left(id, 8) || '@staff.example', 'Europe/Moscow'
     FROM unnest($1::text[], $2::text[], $3::text[]) AS p(role, id, name)`,
    [people.map((person) => person.role), people.map((person) => person.id), people.map((person) => person.name)],
  );
}
