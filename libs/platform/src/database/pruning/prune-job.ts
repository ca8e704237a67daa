/**
 * One table a service prunes: rows whose `ageColumn` is older than `retentionMs` (and that meet `where`) are deleted,
 * or, with `blank`, kept with some columns emptied. Names and conditions come from code, never from input.
 */
export interface PruneJob {
  /** Schema-qualified table, `intake.outbox`: also the `table` label of the metrics. */
  table: string;
  /**
   * The timestamp column (or expression, as an index has it) a row's age is measured from (`sent_at`, `consumed_at`;
   * `expires_at` with retention 0).
   */
  ageColumn: string;
  retentionMs: number;
  /** Further condition a row must meet to be pruned (`status = 'sent'`). */
  where?: string;
  /** Instead of deleting, `SET` this (`body = NULL`); `where` must then leave out rows already blanked. */
  blank?: string;
}

/** The rows the job would prune at cutoff `$1`, whatever their number. */
function prunable(job: PruneJob): string {
  return `${job.ageColumn} < $1${job.where ? ` AND (${job.where})` : ''}`;
}

/**
 * One batch: at most `$2` rows older than `$1`. The rows are picked by their physical address (ctid) in a subquery
 * with a LIMIT, which Postgres has no `DELETE ... LIMIT` for; the condition is repeated outside so that a row changed
 * meanwhile is judged again on its new version.
 */
export function pruneBatchSql(job: PruneJob): string {
  const picked = `ctid = ANY(ARRAY(SELECT ctid FROM ${job.table} WHERE ${prunable(job)} LIMIT $2))`;
  return job.blank
    ? `UPDATE ${job.table} SET ${job.blank} WHERE ${picked} AND ${prunable(job)}`
    : `DELETE FROM ${job.table} WHERE ${picked} AND ${prunable(job)}`;
}

/**
 * Seconds between `$1` (now) and the oldest row the job watches, pruned or not yet due (0 when none): it stays near
 * the retention while pruning keeps up and grows when it does not. Answered from the index on `ageColumn`.
 */
export function oldestRowAgeSql(job: PruneJob): string {
  return `SELECT greatest(coalesce(extract(epoch FROM $1::timestamptz - min(${job.ageColumn})), 0), 0)::float8 AS age
          FROM ${job.table}${job.where ? ` WHERE ${job.where}` : ''}`;
}
