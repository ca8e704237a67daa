import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiSecurity, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  InvalidRequestException,
  Page,
  PageQuery,
  toPage,
} from '@redress/platform';
import { DataSource } from 'typeorm';
import { ClientSystem, ClientSystemGuard, CurrentClient } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS } from '../../intake.api-docs';

export class DeliveryAttemptView {
  @ApiProperty({
    format: 'uuid',
    example: '7f0c2f4e-3c1b-4a57-9a61-0d5f1c3e2b10',
    description: 'The delivery: the event id the receiver got, and what `redeliver` takes',
  })
  deliveryId!: string;

  @ApiProperty({ format: 'uuid', example: '0b6f4a55-2f0e-4c1a-8f5e-7c1d2e3f4a5b' })
  complaintId!: string;

  @ApiProperty({ example: '42', description: 'The change feed position of the change delivered' })
  position!: string;

  @ApiProperty({ example: 'status.changed', description: 'The change: `status.changed` or a timeline entry type' })
  type!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-06T12:00:01.200Z', description: 'When the attempt was made' })
  at!: string;

  @ApiProperty({ enum: ['delivered', 'failed'], example: 'failed' })
  outcome!: 'delivered' | 'failed';

  @ApiProperty({ type: String, nullable: true, example: 'the subscription endpoint answered 500' })
  error!: string | null;

  @ApiProperty({ example: 38 })
  durationMs!: number;

  @ApiProperty({
    enum: ['pending', 'delivered', 'failed', 'cancelled'],
    example: 'pending',
    description: 'Where the delivery stands now: pending (retrying), delivered, failed (given up) or cancelled',
  })
  deliveryStatus!: string;

  @ApiProperty({ example: 3, description: "The delivery's attempts so far" })
  attempts!: number;
}

export class DeliveryAttemptsPage implements Page<DeliveryAttemptView> {
  @ApiProperty({ type: [DeliveryAttemptView] })
  items!: DeliveryAttemptView[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'WyIxMjMiXQ',
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

interface AttemptRow {
  id: string;
  delivery_id: string;
  complaint_id: string;
  position: string;
  type: string;
  at: Date;
  outcome: 'delivered' | 'failed';
  error: string | null;
  duration_ms: number;
  status: string;
  attempts: number;
}

@ApiTags('subscription')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('subscription')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class ListDeliveriesHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** The client's delivery attempts, newest first. */
  @Get('deliveries')
  @ApiOperation({
    summary: "List the subscription's delivery attempts",
    description: 'Every attempt, newest first, with where its delivery stands now.',
  })
  @ApiOkResponse({ type: DeliveryAttemptsPage, description: 'A page of attempts' })
  @ApiErrors({
    400: {
      description: '`cursor` is not one this list gave out, or `limit` is not 1-200',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'cursor', reason: 'cursor is not a cursor this list gave out' }],
      },
    },
  })
  async list(@CurrentClient() client: ClientSystem, @Query() query: PageQuery): Promise<Page<DeliveryAttemptView>> {
    const [before] = decodeCursor(query.cursor, ['text']) ?? [null];
    if (before !== null && !/^\d{1,18}$/.test(String(before)))
      throw new InvalidRequestException([{ field: 'cursor', reason: 'cursor is not a cursor this list gave out' }]);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows: AttemptRow[] = await this.dataSource.query(
      `SELECT a.id::text, a.delivery_id, d.complaint_id, d.position::text AS position, d.type, a.at, a.outcome, a.error,
              a.duration_ms, d.status, d.attempts
       FROM intake.webhook_attempts a JOIN intake.webhook_deliveries d ON d.id = a.delivery_id
       WHERE a.client_system_id = $1 AND ($2::bigint IS NULL OR a.id < $2::bigint)
       ORDER BY a.id DESC LIMIT $3`,
      [client.id, before, limit + 1],
    );
    return toPage(
      rows,
      limit,
      (row) => ({
        deliveryId: row.delivery_id,
        complaintId: row.complaint_id,
        position: row.position,
        type: row.type,
        at: row.at.toISOString(),
        outcome: row.outcome,
        error: row.error,
        durationMs: row.duration_ms,
        deliveryStatus: row.status,
        attempts: row.attempts,
      }),
      (row) => [row.id],
    );
  }
}
