import { EntityManager } from 'typeorm';

/** TypeORM answers an UPDATE ... RETURNING with [rows, count], an INSERT ... RETURNING with rows. */
export function returnedRows<T>(result: unknown): T[] {
  const rows = result as unknown[];
  return (Array.isArray(rows[0]) ? rows[0] : rows) as T[];
}

/** A connection or a transaction's manager: a store's functions run in whichever the caller holds. */
export type Db = Pick<EntityManager, 'query'>;
