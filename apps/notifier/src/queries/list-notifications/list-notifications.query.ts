import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transport } from '@redress/contracts';
import { IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';

export class ListNotificationsRequest {
  @ApiProperty({ example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11', format: 'uuid', description: 'The complaint' })
  @IsUUID()
  complaintId!: string;
}

export interface NotificationView {
  id: string;
  kind: string;
  channel: string;
  status: 'scheduled' | 'sent' | 'failed';
  scheduledFor: string;
  sentAt: string | null;
  attempts: number;
  /** What accepted a sent message; `log-only`: nothing did, it was only logged (outside production). Null until sent. */
  transport: Transport | null;
  /** The id of the failed message this one was sent instead of, by the customer's other channel; else null. */
  fallbackOf: string | null;
}

/** Every message for a complaint, oldest first. */
@Injectable()
export class ListNotificationsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListNotificationsRequest): Promise<{ complaintId: string; items: NotificationView[] }> {
    const rows = await this.dataSource.query(
      `SELECT id, kind, channel, status, scheduled_for, sent_at, attempts, transport, fallback_of FROM notifier.notifications
       WHERE complaint_id = $1 ORDER BY created_at, id`,
      [query.complaintId],
    );
    return {
      complaintId: query.complaintId,
      items: rows.map((row: Record<string, any>) => ({
        id: row.id,
        kind: row.kind,
        channel: row.channel,
        status: row.status,
        scheduledFor: new Date(row.scheduled_for).toISOString(),
        sentAt: row.sent_at ? new Date(row.sent_at).toISOString() : null,
        attempts: row.attempts,
        transport: row.transport,
        fallbackOf: row.fallback_of,
      })),
    };
  }
}
