import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Where a service's SQL may live: its stores per aggregate (`persistence/<aggregate>.store.ts`), its read queries
 * (`queries/<name>/<name>.query.ts`) and its migrations; never a controller, use case, guard or handler.
 */
export const SQL_HOMES = [/\.store\.ts$/, /\.query\.ts$/, /\/migrations\//];

/** Every service keeps to it. */
export const SERVICES = ['intake', 'triage', 'escalation', 'notifier'];

/**
 * A call that sends SQL (`.query(`, `.query<T>(`, a query builder), or a string that opens with a statement, its
 * keywords in capitals as the house writes SQL ("Select a cause from the list" is prose).
 */
const RUNS_SQL = [
  /\.query\s*(<[^>]*>)?\s*\(/,
  /\bcreateQueryBuilder\s*\(/,
  /[`'"]\s*(SELECT\b[^`'"]*\bFROM\b|INSERT INTO\b|UPDATE\s+[\w."]+\s+SET\b|DELETE FROM\b|WITH (RECURSIVE )?\w+( \([^)]*\))? AS \()/,
];

/** Comments may speak of SQL (`SELECT ... FOR UPDATE`); only code counts. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

export function runsSql(text: string): boolean {
  const code = withoutComments(text);
  return RUNS_SQL.some((pattern) => pattern.test(code));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.(spec|integration\.spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The files of `apps/<service>/src` (under `root`) that run SQL outside its homes, relative to `root`. */
export function sqlOutsideStores(root: string, service: string): string[] {
  return sourceFiles(join(root, 'apps', service, 'src'))
    .map((path) => relative(root, path))
    .filter((path) => !SQL_HOMES.some((home) => home.test(path)))
    .filter((path) => runsSql(readFileSync(join(root, path), 'utf8')))
    .sort();
}
