import { DataSource } from 'typeorm';
import { StaffRole } from '../../domain/staff-preferences';

export interface StaffListRow {
  person: string;
  role: StaffRole;
  name: string;
  email: string | null;
  chat_webhook: string | null;
  time_zone: string;
  updated_at: Date;
}

export interface StaffListFilter {
  role?: StaffRole;
  /** Words in the name, email or key, any case. */
  text?: string;
  /** The (name, person) of the last row of the previous page. */
  after: [string, string] | null;
  limit: number;
}

/** One page of the staff directory by name: a keyset on (name, person), so paging never skips or repeats anyone. */
export function listStaff(dataSource: DataSource, filter: StaffListFilter): Promise<StaffListRow[]> {
  const pattern = filter.text ? `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return dataSource.query(
    `SELECT person, role, name, email, chat_webhook, time_zone, updated_at FROM notifier.staff_profiles
     WHERE ($1::text IS NULL OR role = $1)
       AND ($2::text IS NULL OR name ILIKE $2 OR email ILIKE $2 OR person ILIKE $2)
       AND ($3::text IS NULL OR (name, person) > ($3::text, $4::text))
     ORDER BY name, person LIMIT $5`,
    [filter.role ?? null, pattern, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit],
  );
}
