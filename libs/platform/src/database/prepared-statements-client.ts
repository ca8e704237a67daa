import { createHash } from 'node:crypto';
import { Client, QueryConfig } from 'pg';

/** Distinct statements a process prepares at most; past it new ones run unprepared (each is kept per connection). */
const MAX_PREPARED = 2000;
const names = new Map<string, string>();

/**
 * The pool's client: every statement with parameters is prepared once per connection and then only bound and
 * executed. Unprepared, Postgres parsed and planned each of them every time, and at storm rates planning alone took
 * a tenth of a core. Statements without parameters (DDL, migrations, several statements in one string) go as before.
 */
export class PreparedStatementsClient extends Client {
  // pg's query() has many overloads; this one only rewrites the (text, values) form TypeORM uses.
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && typeof callback !== 'function') {
      const name = statementName(config);
      if (name) return super.query({ name, text: config, values } as QueryConfig) as never;
    }
    return (super.query as (...args: unknown[]) => never)(config, values, callback);
  }
}

function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_PREPARED) {
    name = `redress_${createHash('sha1').update(text).digest('hex')}`;
    names.set(text, name);
  }
  return name;
}
