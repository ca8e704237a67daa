import { InvalidRequestException } from '@redress/platform';

/** Positions are Postgres bigints: kept as decimal text, never rounded through a JS number. */
const POSITION = /^(0|[1-9]\d{0,17})$/;

/** The opaque cursor of a feed position: base64url of `p:<position>`. */
export function encodeChangeCursor(position: string): string {
  return Buffer.from(`p:${position}`, 'utf8').toString('base64url');
}

/** The position a cursor carries; "0" (before the first change) when there is none; 400 naming `after` if forged. */
export function decodeChangeCursor(cursor: string | undefined): string {
  if (cursor === undefined) return '0';
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = text.startsWith('p:') ? text.slice(2) : '';
  if (!POSITION.test(position) || encodeChangeCursor(position) !== cursor) {
    throw new InvalidRequestException([{ field: 'after', reason: 'after is not a cursor this feed gave out' }]);
  }
  return position;
}
