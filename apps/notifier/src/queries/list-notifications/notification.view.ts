import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, NOTIFICATION_KINDS, Transport, TRANSPORTS } from '@redress/contracts';
import type { NotificationView } from './list-notifications.query';

export class NotificationDetailView implements NotificationView {
  @ApiProperty({ example: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'acknowledgement' })
  kind!: string;

  @ApiProperty({ enum: CHANNELS, example: 'email' })
  channel!: string;

  @ApiProperty({ enum: ['scheduled', 'sent', 'failed'], example: 'sent' })
  status!: 'scheduled' | 'sent' | 'failed';

  @ApiProperty({
    format: 'date-time',
    example: '2026-11-23T10:15:01.000Z',
    description: "Inside the customer's contact window",
  })
  scheduledFor!: string;

  @ApiProperty({ example: '2026-11-23T10:16:02.000Z', format: 'date-time', type: String, nullable: true })
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
    example: 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f',
    type: String,
    nullable: true,
    format: 'uuid',
    description: "The failed message this one was sent instead of, by the customer's other channel",
  })
  fallbackOf!: string | null;
}

export class NotificationListView {
  @ApiProperty({ example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11', format: 'uuid' })
  complaintId!: string;

  @ApiProperty({ type: [NotificationDetailView], description: 'Oldest first' })
  items!: NotificationDetailView[];
}
