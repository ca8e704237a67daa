import { Injectable } from '@nestjs/common';
import { decodeCursor, DEFAULT_PAGE_SIZE, InvalidRequestException, Page, PageQuery, toPage } from '@redress/platform';
import { DataSource } from 'typeorm';
import { DeliveryAttemptView } from './delivery-attempt.view';

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

/** One client system's subscription delivery attempts, newest first, paged by attempt id. */
@Injectable()
export class ListDeliveriesQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(clientSystemId: string, query: PageQuery): Promise<Page<DeliveryAttemptView>> {
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
      [clientSystemId, before, limit + 1],
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
