/** TypeORM answers an UPDATE ... RETURNING with [rows, count], an INSERT ... RETURNING with rows. */
export function returnedRows<T>(result: unknown): T[] {
  const rows = result as unknown[];
  return (Array.isArray(rows[0]) ? rows[0] : rows) as T[];
}
