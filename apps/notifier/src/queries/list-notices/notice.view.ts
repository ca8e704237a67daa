import { ApiProperty } from '@nestjs/swagger';
import { NOTICE_KINDS } from '../../domain/staff-preferences';
import type { NoticeView } from './list-notices.query';

/** The documented shape of one notice (NoticeView). */
export class NoticeDoc implements NoticeView {
  @ApiProperty({ example: 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f', format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NOTICE_KINDS, example: 'deadline-warning' })
  kind!: string;

  @ApiProperty({ example: '75% of the time to acknowledge has passed' })
  subject!: string;

  @ApiProperty({
    example: 'The acknowledge deadline of your assignment (level 1) is 2026-11-23 14:00 (Europe/Moscow).',
  })
  body!: string;

  @ApiProperty({ example: 'https://console.example.com/assignments/5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11' })
  link!: string;

  @ApiProperty({ enum: ['now', 'digest'], example: 'now' })
  delivery!: 'now' | 'digest';

  @ApiProperty({ enum: ['held', 'queued'], example: 'queued', description: '`held`: waiting for the digest' })
  status!: 'held' | 'queued';

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  createdAt!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time', example: null })
  digestDueAt!: string | null;
}
