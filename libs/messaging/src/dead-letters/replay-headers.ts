/** Headers a replay (`npm run dlq:replay`, `POST /dead-letters/...`) writes, next to the ones a dead letter carries (DeadLetterHeader in libs/messaging). */
export const ReplayHeader = {
  /** On a republished event: the dead letter it came from, `<dlq topic>:<partition>:<offset>`. */
  ReplayedFrom: 'x-replayed-from',
  /** On a replay marker in the dead-letter topic: the replayed dead letter, `<partition>:<offset>`. */
  ReplayOf: 'x-replay-of',
  /** On a replay marker: when it was replayed (ISO-8601). */
  ReplayedAt: 'x-replayed-at',
} as const;
