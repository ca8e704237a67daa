import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeChangeCursor, encodeChangeCursor } from './change-cursor';
import { ChangesPage } from './change.view';
import { DEFAULT_CHANGES_LIMIT, ListChangesQuery } from './list-changes.request.dto';

interface ChangeRow {
  position: string;
  complaint_id: string;
  type: string;
  at: Date;
  summary: string;
  details: Record<string, unknown>;
}

/** The calling client system's numbered changes after a position (see persistence/change-log.store.ts for the numbering). */
@Injectable()
export class ListChangesQueryHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(clientSystemId: string, query: ListChangesQuery): Promise<ChangesPage> {
    const after = decodeChangeCursor(query.after);
    const limit = query.limit ?? DEFAULT_CHANGES_LIMIT;
    // ORDER BY names the column: a bare `position` would be the text output column, which sorts "10" before "9".
    const rows: ChangeRow[] = await this.dataSource.query(
      `SELECT position::text, complaint_id, type, at, summary, details FROM intake.client_changes
       WHERE client_system_id = $1 AND position > $2::bigint
       ORDER BY client_changes.position LIMIT $3`,
      [clientSystemId, after, limit + 1],
    );
    const items = rows.slice(0, limit).map((row) => ({
      position: row.position,
      complaintId: row.complaint_id,
      type: row.type,
      at: row.at.toISOString(),
      summary: row.summary,
      details: row.details,
    }));
    return { items, nextCursor: encodeChangeCursor(items.at(-1)?.position ?? after), hasMore: rows.length > limit };
  }
}
