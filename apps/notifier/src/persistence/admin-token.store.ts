import { Db } from './rows';

/** The SQL of the notifier's admin tokens (`notifier.admin_tokens`; platform's createAdminToken writes them). */
export function adminTokensNamed(db: Db, name: string): Promise<{ name: string }[]> {
  return db.query('SELECT name FROM notifier.admin_tokens WHERE name = $1', [name]);
}
