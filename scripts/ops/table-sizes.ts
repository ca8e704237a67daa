import { SERVICES } from '@redress/contracts';
import { DataSource } from 'typeorm';

export interface TableSize {
  schema: string;
  table: string;
  /** Live rows as Postgres' statistics count them (or exactly, when asked). */
  rows: number;
  /** Table, TOAST and indexes together, as on disk. */
  totalBytes: number;
  indexBytes: number;
}

/** The services' schemas and the console's: where Redress keeps everything. */
export const REDRESS_SCHEMAS = [...SERVICES, 'console'];

/**
 * Every table of `schemas` with its rows and bytes, largest first within each schema. Rows come from the statistics
 * (`n_live_tup`, kept by autovacuum and ANALYZE) unless `exact`, which counts each table: slower on large ones.
 */
export async function tableSizes(
  dataSource: Pick<DataSource, 'query'>,
  schemas: string[],
  exact = false,
): Promise<TableSize[]> {
  const rows: { schema: string; table: string; rows: string; total_bytes: string; index_bytes: string }[] =
    await dataSource.query(
      `SELECT n.nspname AS schema, c.relname AS table, greatest(coalesce(s.n_live_tup, 0), 0) AS rows,
              pg_total_relation_size(c.oid) AS total_bytes, pg_indexes_size(c.oid) AS index_bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
       WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1)
       ORDER BY n.nspname, pg_total_relation_size(c.oid) DESC, c.relname`,
      [schemas],
    );
  const sizes = rows.map((row) => ({
    schema: row.schema,
    table: row.table,
    rows: Number(row.rows),
    totalBytes: Number(row.total_bytes),
    indexBytes: Number(row.index_bytes),
  }));
  if (exact) {
    for (const size of sizes) {
      const [{ n }] = await dataSource.query(`SELECT count(*) AS n FROM "${size.schema}"."${size.table}"`);
      size.rows = Number(n);
    }
  }
  return sizes;
}

/** A plain-text table per schema, with the schema's total: what `npm run db:sizes` prints. */
export function formatTableSizes(sizes: TableSize[]): string {
  const lines: string[] = [];
  const schemas = [...new Set(sizes.map((size) => size.schema))];
  const width = Math.max(5, ...sizes.map((size) => size.table.length));
  const line = (name: string, rows: string, total: string, indexes: string) =>
    `  ${name.padEnd(width)}  ${rows.padStart(12)}  ${total.padStart(10)}  ${indexes.padStart(10)}`;
  for (const schema of schemas) {
    const tables = sizes.filter((size) => size.schema === schema);
    lines.push(schema, line('table', 'rows', 'total', 'indexes'));
    for (const size of tables)
      lines.push(line(size.table, String(size.rows), bytes(size.totalBytes), bytes(size.indexBytes)));
    const sum = (pick: (size: TableSize) => number) => tables.reduce((total, size) => total + pick(size), 0);
    lines.push(
      line(
        '(all)',
        String(sum((size) => size.rows)),
        bytes(sum((size) => size.totalBytes)),
        bytes(sum((s) => s.indexBytes)),
      ),
      '',
    );
  }
  return lines.join('\n');
}

/** 8192 -> `8.0 kB`, binary units as Postgres' pg_size_pretty prints them. */
export function bytes(count: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = count;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
