import type { DeadLetterCursor } from '@redress/messaging';
import { InvalidRequestException } from '../http/validation';

const ENTRY = /^(\d{1,5}):(\d{1,19})$/;

/**
 * A dead-letter page's cursor: where each partition with letters left goes on (`<partition>:<offset>,...`),
 * base64url-encoded like the other cursors. A few characters a partition, so it stays short for any usual topic.
 */
export function encodeDeadLetterCursor(cursor: DeadLetterCursor): string {
  return Buffer.from(cursor.map(({ partition, before }) => `${partition}:${before}`).join(','), 'utf8').toString(
    'base64url',
  );
}

/** Null for the first page; a cursor this route did not give out is a 400 naming it. */
export function decodeDeadLetterCursor(cursor: string | undefined): DeadLetterCursor | null {
  if (cursor === undefined) return null;
  const entries = Buffer.from(cursor, 'base64url').toString('utf8').split(',');
  const parsed = entries.map((entry) => ENTRY.exec(entry));
  const partitions = new Set(parsed.map((match) => match?.[1]));
  if (parsed.some((match) => match === null) || partitions.size !== parsed.length)
    throw new InvalidRequestException([{ field: 'cursor', reason: 'cursor is not a cursor this list gave out' }]);
  return parsed.map((match) => ({ partition: Number(match![1]), before: BigInt(match![2]) }));
}
