import { GoneException } from '@nestjs/common';
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

/**
 * 410 for a cursor older than the feed keeps (CHANGE_FEED_RETENTION): the changes right after it are gone, so reading
 * on would skip them. The body names the cursor, the oldest position still kept and where to go on from after a
 * resync (`resumeCursor`: changes seen again during the resync are harmless, changes missed would not be).
 */
export class CursorPrunedException extends GoneException {
  constructor(cursor: string, prunedThrough: string) {
    super({
      statusCode: 410,
      error: 'Gone',
      code: 'CHANGES.CURSOR_PRUNED',
      message:
        `The changes after cursor ${cursor} were pruned (the feed keeps CHANGE_FEED_RETENTION); the oldest kept is ` +
        `position ${BigInt(prunedThrough) + 1n}. Read your complaints again (GET /complaints and GET /complaints/:id), ` +
        'then follow the feed from resumeCursor',
      errors: [{ field: 'after', reason: 'after points before the oldest change the feed keeps' }],
      cursor,
      oldestPosition: String(BigInt(prunedThrough) + 1n),
      resumeCursor: encodeChangeCursor(prunedThrough),
    });
  }
}
