import { DataSource } from 'typeorm';

export interface RowStreamOptions {
  /** Rows fetched per round trip. */
  batchSize?: number;
  /** `array`: each row a list of its columns in select order, which skips building an object per row. */
  rowMode?: 'object' | 'array';
  /** A snapshot from `exportSnapshot`: streams on several connections read one and the same moment. */
  snapshot?: string;
}

/** What pg_export_snapshot() answers, such as `00000003-0000001B-1`. */
const SNAPSHOT_ID = /^[0-9A-F]+(-[0-9A-F]+)+$/i;

/**
 * Opens a read-only REPEATABLE READ transaction and exports its snapshot, for streams on other connections to read
 * the same moment (`streamRows(..., { snapshot })`) in parallel. The snapshot lives until `release`.
 */
export async function exportSnapshot(dataSource: DataSource): Promise<{ id: string; release(): Promise<void> }> {
  const runner = dataSource.createQueryRunner('slave');
  const client = (await runner.connect()) as { query(text: string): Promise<{ rows: { id: string }[] }> };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query('SELECT pg_export_snapshot() AS id');
    return {
      id: rows[0].id,
      release: async () => {
        await client.query('COMMIT').catch(() => undefined);
        await runner.release();
      },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await runner.release();
    throw error;
  }
}

/**
 * The rows of one query in batches, read through a server-side cursor in a read-only REPEATABLE READ transaction on
 * one pooled connection: a report over a large period holds one batch in memory at a time, and sees one snapshot
 * from its first row to its last. The consumer's pace sets the fetches, so a slow reader stalls the transaction:
 * past DATABASE_IDLE_IN_TRANSACTION_TIMEOUT Postgres ends it and the stream fails (the response is cut short, never
 * completed with wrong figures). Stopping early (a `break`, a closed response) closes the cursor and frees the
 * connection.
 */
export async function* streamRows<Row = Record<string, unknown>>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
  { batchSize = 5_000, rowMode = 'object', snapshot }: RowStreamOptions = {},
): AsyncGenerator<Row[]> {
  if (snapshot !== undefined && !SNAPSHOT_ID.test(snapshot)) throw new Error(`not a snapshot id: ${snapshot}`);
  const runner = dataSource.createQueryRunner('slave');
  // The raw pg client: TypeORM's query() has no row mode, and its result wrapping costs per row.
  const client = (await runner.connect()) as {
    query(config: { text: string; values?: unknown[]; rowMode?: string }): Promise<{ rows: Row[] }>;
  };
  const cursor = `report_${Math.random().toString(36).slice(2, 10)}`;
  let open = false;
  try {
    await client.query({ text: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' });
    open = true;
    if (snapshot) await client.query({ text: `SET TRANSACTION SNAPSHOT '${snapshot}'` });
    // Every row is read: plan for the whole result, not for the first tenth (a cursor's default).
    await client.query({ text: 'SET LOCAL cursor_tuple_fraction = 1' });
    await client.query({ text: `DECLARE ${cursor} NO SCROLL CURSOR FOR ${sql}`, values: parameters });
    const fetch = { text: `FETCH ${Math.max(1, Math.floor(batchSize))} FROM ${cursor}`, rowMode };
    for (;;) {
      const { rows } = await client.query(fetch);
      if (rows.length === 0) break;
      yield rows;
    }
    await client.query({ text: 'COMMIT' });
    open = false;
  } finally {
    if (open) await client.query({ text: 'ROLLBACK' }).catch(() => undefined);
    await runner.release();
  }
}
