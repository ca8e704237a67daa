import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { percentile } from './percentile';

/** Copies of intake's tables, so the floor's rows never reach intake's relay (and the broker). */
const FLOOR_SCHEMA = 'bench_floor';

/**
 * Intake's commit, one complaint per transaction: the complaint, its first timeline entry and its outbox event in one
 * statement from one JSON parameter, as ComplaintStore writes them (without an Idempotency-Key, as the benchmark posts).
 */
const FLOOR_SCRIPT = `WITH input AS (
  SELECT gen_random_uuid() AS complaint_id, gen_random_uuid() AS event_id, now() AS received_at, r.*
  FROM json_to_recordset(:rows::json) AS r(client_system_id uuid, external_ref text, customer jsonb, touchpoint text,
    "order" jsonb, complaint_text text, dissatisfaction text, remedy jsonb, callback_url text, event_type text,
    summary text, details jsonb, topic text, message_key text, payload json)
), complaint AS (
  INSERT INTO ${FLOOR_SCHEMA}.complaints (id, client_system_id, external_ref, customer, touchpoint, "order", text,
    dissatisfaction, remedy, callback_url, received_at, status, status_rank)
  SELECT complaint_id, client_system_id, external_ref, customer, touchpoint, "order", complaint_text,
    dissatisfaction, remedy, callback_url, received_at, 'received', 0 FROM input
), timeline AS (
  INSERT INTO ${FLOOR_SCHEMA}.complaint_events (event_id, complaint_id, type, occurred_at, summary, details)
  SELECT event_id, complaint_id, event_type, received_at, summary, details FROM input
)
INSERT INTO ${FLOOR_SCHEMA}.outbox (event_id, event_type, topic, message_key, payload)
SELECT event_id, event_type, topic, message_key, payload FROM input
RETURNING event_id;
`;

export interface CommitFloor {
  transactionsPerSecond: number;
  p50: number;
  p99: number;
}

/**
 * pgbench (prepared statements, `clients` connections, 2 threads) committing intake's row-plus-outbox statement for
 * `seconds`, against intake's database as intake's own role. The rows are those of a complaint intake already took
 * (`complaintId`), so the floor writes exactly what intake writes. Needs pgbench on the PATH (postgresql-client).
 */
export async function measureCommitFloor(options: {
  adminUrl: string;
  intakeUrl: string;
  complaintId: string;
  clients: number;
  seconds: number;
}): Promise<CommitFloor> {
  const rows = await prepareFloorTables(options.adminUrl, new URL(options.intakeUrl).username, options.complaintId);
  const dir = await mkdtemp(join(tmpdir(), 'redress-pgbench-'));
  try {
    const script = join(dir, 'intake-commit.sql');
    await writeFile(script, FLOOR_SCRIPT);
    const url = new URL(options.intakeUrl);
    const { stdout } = await promisify(execFile)(
      'pgbench',
      [
        '-n',
        '-M',
        'prepared',
        '-c',
        String(options.clients),
        '-j',
        '2',
        '-T',
        String(options.seconds),
        '-f',
        script,
        '-D',
        `rows=${rows}`,
        '-l',
        `--log-prefix=${join(dir, 'log')}`,
      ],
      {
        env: {
          ...process.env,
          PGHOST: url.hostname,
          PGPORT: url.port || '5432',
          PGUSER: decodeURIComponent(url.username),
          PGPASSWORD: decodeURIComponent(url.password),
          PGDATABASE: url.pathname.slice(1),
        },
        maxBuffer: 1 << 20,
      },
    ).catch((error: Error & { code?: string; stderr?: string }) => {
      if (error.code === 'ENOENT') throw new Error('pgbench is not installed: apt-get install -y postgresql-client');
      throw new Error(`pgbench failed: ${error.stderr ?? error.message}`);
    });
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1]);
    const latencies = await readTransactionLog(dir);
    return { transactionsPerSecond: tps, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Empty copies of intake's three tables, writable by its role; returns the JSON row pgbench sends each time. */
async function prepareFloorTables(adminUrl: string, role: string, complaintId: string): Promise<string> {
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    await db.query(`DROP SCHEMA IF EXISTS ${FLOOR_SCHEMA} CASCADE; CREATE SCHEMA ${FLOOR_SCHEMA}`);
    for (const table of ['complaints', 'complaint_events', 'outbox']) {
      await db.query(`CREATE TABLE ${FLOOR_SCHEMA}.${table} (LIKE intake.${table} INCLUDING ALL)`);
    }
    // LIKE copies no foreign key: intake's complaint row checks its client system, so the floor's does too.
    await db.query(
      `ALTER TABLE ${FLOOR_SCHEMA}.complaints ADD FOREIGN KEY (client_system_id) REFERENCES intake.client_systems (id)`,
    );
    await db.query(
      `GRANT USAGE ON SCHEMA ${FLOOR_SCHEMA} TO "${role}"; GRANT INSERT, SELECT ON ALL TABLES IN SCHEMA ${FLOOR_SCHEMA} TO "${role}"`,
    );
    const { rows } = await db.query<{ rows: string }>(
      `SELECT json_build_array(json_build_object(
         'client_system_id', c.client_system_id, 'external_ref', c.external_ref, 'customer', c.customer, 'touchpoint', c.touchpoint,
         'order', c."order", 'complaint_text', c.text, 'dissatisfaction', c.dissatisfaction, 'remedy', c.remedy,
         'callback_url', c.callback_url, 'event_type', e.type, 'summary', e.summary, 'details', e.details,
         'topic', o.topic, 'message_key', o.message_key, 'payload', o.payload))::text AS rows
       FROM intake.complaints c
       JOIN intake.complaint_events e ON e.complaint_id = c.id
       JOIN intake.outbox o ON o.event_id = e.event_id
       WHERE c.id = $1`,
      [complaintId],
    );
    if (!rows[0]) throw new Error(`complaint ${complaintId} is not in intake's tables`);
    return rows[0].rows;
  } finally {
    await db.end();
  }
}

/** Per-transaction latencies (ms, ascending) from pgbench's logs: the third field of each line, in microseconds. */
async function readTransactionLog(dir: string): Promise<number[]> {
  const latencies: number[] = [];
  for (const file of (await readdir(dir)).filter((name) => name.startsWith('log.'))) {
    for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
      const micros = Number(line.split(' ')[2]);
      if (line && Number.isFinite(micros)) latencies.push(micros / 1000);
    }
  }
  return latencies.sort((a, b) => a - b);
}
