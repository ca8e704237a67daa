import { InvalidRequestException } from './validation';

/**
 * Opaque keyset cursors: the sort key of the last item returned, base64url-encoded. Keyset paging stays fast
 * at any depth and never skips or repeats an item when new ones arrive meanwhile.
 */
export function encodeCursor(position: unknown[]): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(position) && position.length === arity) return position;
  } catch {
    // reported below
  }
  throw new InvalidRequestException([{ field: 'cursor', reason: 'is not a cursor this list gave out' }]);
}
