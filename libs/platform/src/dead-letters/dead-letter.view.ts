import { ApiProperty } from '@nestjs/swagger';
import { SERVICES } from '@redress/contracts';
import type { DeadLetter } from '@redress/messaging';

/**
 * One dead letter as the route shows it: where it came from, why it failed, whether it was replayed. Its value is
 * left out: events carry customers' words and contact details, which operators repairing a failure do not need.
 */
export class DeadLetterView {
  @ApiProperty({ description: 'Partition and offset in the dead-letter topic: what replay names', example: '0:17' })
  id!: string;

  @ApiProperty({ description: 'When it was parked (ISO-8601)', example: '2026-12-06T21:14:03.120Z' })
  parkedAt!: string;

  @ApiProperty({ description: 'The topic it was consumed from', example: 'complaint.received' })
  originalTopic!: string;

  @ApiProperty({ description: 'Partition and offset it was consumed from', example: '2:1044' })
  origin!: string;

  @ApiProperty({
    description: 'Why: `poison` (unreadable or invalid), `handler-failed` (kept failing) and the like',
    example: 'handler-failed',
  })
  reason!: string;

  @ApiProperty({ description: 'The last error, as the consumer logged it', example: 'relation "x" does not exist' })
  error!: string;

  @ApiProperty({ description: 'Attempts made before it was parked', example: 4 })
  attempts!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The event type, when the value is an event',
    example: 'complaint.received',
  })
  eventType!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "The event's id, when the value is an event",
    example: '0b4f4a8e-4b7e-4d6b-9d8c-2a1f5e0c9b11',
  })
  eventId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The message key: the aggregate id',
    example: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  })
  key!: string | null;

  @ApiProperty({ description: 'Whether it has been replayed to its original topic', example: false })
  replayed!: boolean;
}

export class DeadLetterPageView {
  @ApiProperty({ description: 'The service whose dead letters these are', enum: SERVICES, example: 'triage' })
  service!: string;

  @ApiProperty({ type: [DeadLetterView], description: 'At most `limit` dead letters, newest first' })
  items!: DeadLetterView[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'MDoxNywxOjQwMiwyOjk',
    description:
      'Pass as `cursor` for the next page; null on the last page. It holds where each partition goes on, so a ' +
      'letter parked meanwhile never shifts the pages',
  })
  nextCursor!: string | null;

  @ApiProperty({
    description: 'Dead letters not replayed yet among those counted (see `countsAreOf`)',
    example: 3,
  })
  pending!: number;

  @ApiProperty({ description: 'Dead letters already replayed among those counted (see `countsAreOf`)', example: 1 })
  replayed!: number;

  @ApiProperty({
    enum: ['topic', 'window'],
    example: 'window',
    description:
      'What `pending` and `replayed` count: `topic`, every letter on the topic (each partition was read from its ' +
      'start); `window`, only the newest ones this page read, from its window to the end of each partition',
  })
  countsAreOf!: 'topic' | 'window';

  @ApiProperty({
    description:
      'How many messages of the topic (letters and replay markers) the broker sent to read this page: bounded by ' +
      'the page size and how deep the page is, not by the size of the topic',
    example: 120,
  })
  messagesRead!: number;
}

export class ReplayView {
  @ApiProperty({
    type: [DeadLetterView],
    description: 'The dead letters this request republished (none when all were replayed before)',
  })
  replayed!: DeadLetterView[];
}

export class OpsPersonView {
  @ApiProperty({ enum: ['ops'], example: 'ops' })
  kind!: 'ops';

  @ApiProperty({
    description: "The first hex digits of the token's SHA-256: names it without showing it",
    example: '3fa94c0e12ab',
  })
  id!: string;
}

export function deadLetterView(letter: DeadLetter): DeadLetterView {
  return {
    id: `${letter.partition}:${letter.offset}`,
    parkedAt: letter.parkedAt,
    originalTopic: letter.originalTopic,
    origin: `${letter.originalPartition}:${letter.originalOffset}`,
    reason: letter.reason,
    error: letter.error,
    attempts: letter.attempts,
    eventType: letter.eventType,
    eventId: letter.eventId,
    key: letter.key?.toString('utf8').slice(0, 200) ?? null,
    replayed: letter.replayed,
  };
}
