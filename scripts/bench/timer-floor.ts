import { Pool } from 'pg';

/**
 * The floor of `bench:timers`: the database alone claiming the same number of timers due within one second, as the
 * timer worker claims them (`DELETE ... WHERE id = ANY(ARRAY(SELECT ... FOR UPDATE SKIP LOCKED))`, oldest first,
 * `batch` per statement, `concurrency` statements side by side), with no handler: what firing costs before any
 * escalation is written. It runs on an empty copy of escalation's timers table (same indexes), so the service never
 * sees these rows. Returns each timer's lag from its due time to the commit of its claim, sorted.
 */
export async function measureTimerFloor(
  pool: Pool,
  options: { count: number; spreadMs: number; leadMs: number; batch: number; concurrency: number },
): Promise<number[]> {
  await pool.query(
    `DROP TABLE IF EXISTS escalation.bench_floor_timers;
     CREATE TABLE escalation.bench_floor_timers (LIKE escalation.timers INCLUDING ALL)`,
  );
  const firstDue = Math.ceil((Date.now() + options.leadMs) / 1000) * 1000;
  await pool.query(
    `INSERT INTO escalation.bench_floor_timers (id, kind, subject_id, due_at, payload)
     SELECT gen_random_uuid(), 'bench-floor', i::text, to_timestamp(($1::float8 + floor(i * $2::float8 / $3)) / 1000), '{}'
     FROM generate_series(0, $3 - 1) AS i`,
    [firstDue, options.spreadMs, options.count],
  );
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, firstDue - Date.now())));
  const lags: number[] = [];
  const claimer = async () => {
    for (;;) {
      const { rows } = await pool.query(
        `DELETE FROM escalation.bench_floor_timers t
         WHERE t.id = ANY(ARRAY(SELECT id FROM escalation.bench_floor_timers WHERE status = 'pending' AND due_at <= now()
                                ORDER BY due_at LIMIT $1 FOR UPDATE SKIP LOCKED))
         RETURNING extract(epoch FROM t.due_at) * 1000 AS due_ms`,
        [options.batch],
      );
      const committed = Date.now();
      for (const row of rows) lags.push(committed - Number(row.due_ms));
      if (lags.length >= options.count) return;
      // Nothing due yet (the rest of the second): look again shortly, as the worker would be woken.
      if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, claimer));
  await pool.query(`DROP TABLE escalation.bench_floor_timers`);
  return lags.sort((a, b) => a - b);
}
