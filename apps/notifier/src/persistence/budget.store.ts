import { Db, returnedRows } from './rows';

/**
 * The SQL of the compensation budgets (`notifier.budgets`): one row per period and currency. Opens the period's row
 * (a second call changes nothing).
 */
export async function openBudget(db: Db, period: string, currency: string, limit: number): Promise<void> {
  await db.query(
    `INSERT INTO notifier.budgets (period, currency, limit_amount) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [period, currency, limit],
  );
}

/**
 * Reserves a grant with one statement that also opens the period's row, which concurrent grants take in turn, so
 * together they never pass the limit: what is used after it, or undefined when it did not fit (the row is then opened
 * as it was).
 */
export async function reserveBudget(
  db: Db,
  period: string,
  currency: string,
  amount: number,
  limit: number,
): Promise<string | undefined> {
  const reserved = returnedRows<{ used: string }>(
    await db.query(
      `INSERT INTO notifier.budgets AS b (period, currency, limit_amount, used)
         SELECT $1, $2, $4::bigint, $3::bigint WHERE $3::bigint <= $4::bigint
       ON CONFLICT (period, currency) DO UPDATE SET used = b.used + EXCLUDED.used, limit_amount = EXCLUDED.limit_amount
         WHERE b.used + EXCLUDED.used <= EXCLUDED.limit_amount
       RETURNING used`,
      [period, currency, amount, limit],
    ),
  );
  if (reserved.length > 0) return reserved[0].used;
  await openBudget(db, period, currency, limit);
  return undefined;
}

export async function budgetUsed(db: Db, period: string, currency: string): Promise<string | undefined> {
  const [row]: { used: string }[] = await db.query(
    `SELECT used FROM notifier.budgets WHERE period = $1 AND currency = $2`,
    [period, currency],
  );
  return row?.used;
}

/** Counts an amount people approved in the period's budget, even past its limit. */
export async function addToBudget(db: Db, period: string, currency: string, limit: number, added: number) {
  await db.query(
    `INSERT INTO notifier.budgets (period, currency, limit_amount, used) VALUES ($1, $2, $3, $4)
             ON CONFLICT (period, currency) DO UPDATE SET used = notifier.budgets.used + EXCLUDED.used`,
    [period, currency, limit, added],
  );
}

export function budgetsOfPeriod(
  db: Db,
  period: string,
): Promise<{ currency: string; used: string; limit_amount: string }[]> {
  return db.query(`SELECT currency, used, limit_amount FROM notifier.budgets WHERE period = $1`, [period]);
}
