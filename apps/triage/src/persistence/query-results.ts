/** TypeORM answers an UPDATE or DELETE ... RETURNING with [rows, count], an INSERT or SELECT with the rows. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}
