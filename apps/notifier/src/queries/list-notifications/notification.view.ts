import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, NOTIFICATION_KINDS, Transport, TRANSPORTS } from '@redress/contracts';
import type { NotificationView } from './list-notifications.http.controller';

export class NotificationDetailView implements NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'acknowledgement' })
  kind!: string;

  @ApiProperty({ enum: CHANNELS, example: 'email' })
  channel!: string;

  @ApiProperty({ enum: ['scheduled', 'sent', 'failed'], example: 'sent' })
  status!: 'scheduled' | 'sent' | 'failed';

  @ApiProperty({ example: '2026-11-23T10:15:01.000Z', description: "Inside the customer's contact window" })
  scheduledFor!: string;

  @ApiProperty({ type: String, nullable: true })
  sentAt!: string | null;

  @ApiProperty({ example: 1 })
  attempts!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: TRANSPORTS,
    description: 'What accepted a sent message; `log-only`: nothing did, it was only logged (outside production)',
  })
  transport!: Transport | null;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: "The failed message this one was sent instead of, by the customer's other channel",
  })
  fallbackOf!: string | null;
}

export class NotificationListView {
  @ApiProperty({ format: 'uuid' })
  complaintId!: string;

  @ApiProperty({ type: [NotificationDetailView], description: 'Oldest first' })
  items!: NotificationDetailView[];
}
