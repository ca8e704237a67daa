import { Injectable } from '@nestjs/common';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, Page } from '@redress/platform';
import { DataSource } from 'typeorm';
import { ComplaintStatus } from '../../domain/complaint-status';
import { ListComplaintsQuery } from './list-complaints.request.dto';

export interface ComplaintSummary {
  id: string;
  externalRef: string | null;
  status: ComplaintStatus;
  receivedAt: string;
  touchpoint: string;
  dissatisfaction: string;
  rootCauseId: string | null;
}

interface SummaryRow {
  id: string;
  external_ref: string | null;
  status: ComplaintStatus;
  received_at: Date;
  touchpoint: string;
  dissatisfaction: string;
  root_cause_id: string | null;
}

/** One client system's complaints, newest first, paged by (received_at, id). */
@Injectable()
export class ListComplaintsQueryHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(clientSystemId: string, query: ListComplaintsQuery): Promise<Page<ComplaintSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const conditions = ['client_system_id = $1'];
    const values: unknown[] = [clientSystemId];
    const where = (condition: (placeholder: string) => string, value: unknown) => {
      values.push(value);
      conditions.push(condition(`$${values.length}`));
    };
    if (query.status) where((p) => `status = ${p}`, query.status);
    if (query.since) where((p) => `received_at >= ${p}`, query.since);
    if (query.cursor) {
      const [receivedAt, id] = decodeCursor(query.cursor, ['time', 'uuid']) as [string, string];
      values.push(receivedAt, id);
      conditions.push(`(received_at, id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(limit + 1);
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT id, external_ref, status, received_at, touchpoint, dissatisfaction, root_cause_id
       FROM intake.complaints WHERE ${conditions.join(' AND ')}
       ORDER BY received_at DESC, id DESC LIMIT $${values.length}`,
      values,
    );
    const items = rows.slice(0, limit).map((row) => ({
      id: row.id,
      externalRef: row.external_ref,
      status: row.status,
      receivedAt: row.received_at.toISOString(),
      touchpoint: row.touchpoint,
      dissatisfaction: row.dissatisfaction,
      rootCauseId: row.root_cause_id,
    }));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.receivedAt, last.id]) : null };
  }
}
