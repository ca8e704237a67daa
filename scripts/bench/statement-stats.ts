import { Client } from 'pg';

/**
 * BENCH_PG_STATEMENTS=1: the embedded Postgres loads pg_stat_statements, and the benchmark prints the statements that
 * cost it most over the measured window (calls, total and mean execution time), to find what to make cheaper.
 */
export const statementStatsWanted = process.env.BENCH_PG_STATEMENTS === '1';

/** Server settings that load the extension; none unless BENCH_PG_STATEMENTS=1. */
export function statementStatsSettings(): string[] {
  return statementStatsWanted ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all'] : [];
}

/** Forgets what was counted so far (the warm-up, provisioning), so the report covers the measured window. */
export async function resetStatementStats(databaseUrl: string): Promise<void> {
  if (!statementStatsWanted) return;
  await withClient(databaseUrl, async (db) => {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await db.query('SELECT pg_stat_statements_reset()');
  });
}

/** The `top` statements by total execution time since the reset, one line each. */
export async function statementStatsReport(databaseUrl: string, top = 25): Promise<string> {
  if (!statementStatsWanted) return '';
  return withClient(databaseUrl, async (db) => {
    const { rows } = await db.query<{ calls: string; total: number; mean: number; rows: string; query: string }>(
      `SELECT calls, total_exec_time AS total, mean_exec_time AS mean, rows, regexp_replace(query, '\\s+', ' ', 'g') AS query
       FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT $1`,
      [top],
    );
    const { rows: sums } = await db.query<{ calls: string; total: number }>(
      'SELECT sum(calls) AS calls, sum(total_exec_time) AS total FROM pg_stat_statements',
    );
    // Round trips (statements the services sent, not those their triggers and constraints ran) cost Postgres most.
    const { rows: trips } = await db.query<{ calls: string; total: number; mean: number; rows: string; query: string }>(
      `SELECT calls, total_exec_time AS total, mean_exec_time AS mean, rows, regexp_replace(query, '\\s+', ' ', 'g') AS query
       FROM pg_stat_statements WHERE toplevel ORDER BY calls DESC LIMIT $1`,
      [top],
    );
    const { rows: tripSums } = await db.query<{ calls: string }>(
      'SELECT sum(calls) AS calls FROM pg_stat_statements WHERE toplevel',
    );
    const line = (row: { calls: string; total: number; mean: number; rows: string; query: string }) =>
      `  ${Number(row.total).toFixed(0).padStart(7)} ms ${row.calls.padStart(7)} calls ${Number(row.mean).toFixed(3).padStart(8)} ms/call ${row.rows.padStart(7)} rows  ${row.query.slice(0, 160)}`;
    return [
      `Postgres statements over the window: ${sums[0].calls} calls, ${Number(sums[0].total).toFixed(0)} ms executing; the top ${top}:`,
      ...rows.map(line),
      `Statements the services sent (round trips, triggers' own left out): ${tripSums[0].calls}; the ${top} sent most often:`,
      ...trips.map(line),
    ].join('\n');
  });
}

async function withClient<T>(databaseUrl: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
