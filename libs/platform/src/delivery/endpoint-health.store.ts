import type { PruneJob } from '../database/pruning/prune-job';

/** What the store needs of the database: a TypeORM DataSource (UPDATE and DELETE answer `[rows, count]`). */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** One failing endpoint as the replicas share it; `openUntil` null: closed, still counting failures. */
export interface EndpointHealth {
  key: string;
  consecutiveFailures: number;
  openUntil: number | null;
  /** Half-open: the replica probing it, until when (past it, another replica may probe). */
  prober: string | null;
  probeUntil: number | null;
}

/** Rows untouched this long belong to endpoints nobody sends to any more. */
export const ENDPOINT_HEALTH_RETENTION_MS = 3_600_000;
/** More failing endpoints than this at once is a misconfiguration, not an outage: the snapshot reads no further. */
const SNAPSHOT_LIMIT = 10_000;

const ms = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

/**
 * The circuit breakers of one service's endpoints in its own schema (`<schema>.endpoint_health`), changed only by
 * single atomic statements, so that every replica sees one circuit per endpoint: the failure that reaches the
 * threshold opens it (and only that one statement is told so), exactly one replica wins the half-open probe, and the
 * success that deletes the row closes it. Times are the database's, the one clock all replicas share.
 */
export class EndpointHealthStore {
  private readonly table: string;

  constructor(
    private readonly db: Queryable,
    schema: string,
  ) {
    this.table = `"${schema}".endpoint_health`;
  }

  async snapshot(): Promise<EndpointHealth[]> {
    const rows = (await this.db.query(
      `SELECT endpoint_key, consecutive_failures, ${ms('open_until')} AS open_until, prober, ${ms('probe_until')} AS probe_until
       FROM ${this.table} LIMIT ${SNAPSHOT_LIMIT}`,
    )) as Record<string, any>[];
    return rows.map(health);
  }

  /**
   * One more failure: opens the circuit at `threshold` consecutive failures, and again for a failed probe (or any
   * failure while open) for another cooldown. `opened` is true only for the failure that opened a closed circuit.
   */
  async failed(
    key: string,
    threshold: number,
    cooldownMs: number,
  ): Promise<{ health: EndpointHealth; opened: boolean }> {
    const [row] = (await this.db.query(
      `INSERT INTO ${this.table} AS h (endpoint_key, consecutive_failures, opened_at, open_until)
       VALUES ($1, 1, CASE WHEN $2::int <= 1 THEN now() END, CASE WHEN $2::int <= 1 THEN now() + $3::float8 * interval '1 millisecond' END)
       ON CONFLICT (endpoint_key) DO UPDATE SET
         consecutive_failures = h.consecutive_failures + 1,
         opened_at = CASE WHEN h.open_until IS NULL AND h.consecutive_failures + 1 >= $2::int THEN now() ELSE h.opened_at END,
         open_until = CASE WHEN h.open_until IS NOT NULL OR h.consecutive_failures + 1 >= $2::int
                           THEN now() + $3::float8 * interval '1 millisecond' END,
         prober = NULL, probe_until = NULL, updated_at = now()
       RETURNING endpoint_key, consecutive_failures, ${ms('open_until')} AS open_until, prober,
                 ${ms('probe_until')} AS probe_until, opened_at = now() AS opened`,
      [key, threshold, cooldownMs],
    )) as Record<string, any>[];
    return { health: health(row), opened: row.opened === true };
  }

  /** The endpoint answered: its row goes. True when that closed an open circuit (for one replica only). */
  async succeeded(key: string): Promise<boolean> {
    const [rows] = (await this.db.query(
      `DELETE FROM ${this.table} WHERE endpoint_key = $1 RETURNING open_until IS NOT NULL AS was_open`,
      [key],
    )) as [Record<string, any>[], number];
    return rows.some((row) => row.was_open === true);
  }

  /** Half-open: `prober` takes the one probe for `leaseMs`, unless another replica holds it. True when taken. */
  async claimProbe(key: string, prober: string, leaseMs: number): Promise<boolean> {
    const [rows] = (await this.db.query(
      `UPDATE ${this.table} SET prober = $2, probe_until = now() + $3::float8 * interval '1 millisecond', updated_at = now()
       WHERE endpoint_key = $1 AND open_until <= now() AND (probe_until IS NULL OR probe_until <= now())
       RETURNING endpoint_key`,
      [key, prober, leaseMs],
    )) as [Record<string, any>[], number];
    return rows.length === 1;
  }

  /** A probe taken but not sent (nothing was due for the endpoint, or the send was refused by policy). */
  async releaseProbe(key: string, prober: string): Promise<void> {
    await this.db.query(
      `UPDATE ${this.table} SET prober = NULL, probe_until = NULL WHERE endpoint_key = $1 AND prober = $2`,
      [key, prober],
    );
  }
}

/** The pruning of a service's `endpoint_health`: rows of endpoints nobody sent to for an hour. */
export function endpointHealthPruneJob(schema: string): PruneJob {
  return { table: `${schema}.endpoint_health`, ageColumn: 'updated_at', retentionMs: ENDPOINT_HEALTH_RETENTION_MS };
}

function health(row: Record<string, any>): EndpointHealth {
  return {
    key: row.endpoint_key,
    consecutiveFailures: Number(row.consecutive_failures),
    openUntil: row.open_until === null ? null : Number(row.open_until),
    prober: row.prober ?? null,
    probeUntil: row.probe_until === null ? null : Number(row.probe_until),
  };
}
