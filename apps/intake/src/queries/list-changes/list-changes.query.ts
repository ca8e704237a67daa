import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CursorPrunedException, decodeChangeCursor, encodeChangeCursor } from './change-cursor';
import { ChangesPage } from './change.view';
import { DEFAULT_CHANGES_LIMIT, ListChangesQuery } from './list-changes.request.dto';

interface ChangeRow {
  /** The client system's horizon: the highest position pruned, '0' when none (on every row, and on a lone row). */
  pruned_through: string;
  position: string | null;
  complaint_id: string;
  type: string;
  at: Date;
  summary: string;
  details: Record<string, unknown>;
}

/**
 * The calling client system's numbered changes after a position (see persistence/change-log.store.ts for the numbering).
 * A cursor before the pruned horizon answers 410; no cursor reads from the oldest change kept.
 */
@Injectable()
export class ListChangesQueryHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(clientSystemId: string, query: ListChangesQuery): Promise<ChangesPage> {
    const after = decodeChangeCursor(query.after);
    const limit = query.limit ?? DEFAULT_CHANGES_LIMIT;
    // One statement, so one snapshot: the horizon and the changes after it are read as of the same moment, and a
    // pruning batch committing in between cannot remove changes this answer would then skip. ORDER BY names the
    // column: a bare `position` would be the text output column, which sorts "10" before "9".
    const found: ChangeRow[] = await this.dataSource.query(
      `WITH horizon AS (
         SELECT coalesce((SELECT pruned_through FROM intake.change_horizons WHERE client_system_id = $1), 0) AS through
       )
       SELECT h.through::text AS pruned_through, c.position::text, c.complaint_id, c.type, c.at, c.summary, c.details
       FROM horizon h LEFT JOIN LATERAL (
         SELECT * FROM intake.client_changes
         WHERE client_system_id = $1 AND position > greatest($2::bigint, h.through)
         ORDER BY client_changes.position LIMIT $3
       ) c ON true
       ORDER BY c.position`,
      [clientSystemId, after, limit + 1],
    );
    const prunedThrough = found[0].pruned_through;
    if (query.after !== undefined && BigInt(after) < BigInt(prunedThrough))
      throw new CursorPrunedException(query.after, prunedThrough);
    const rows = found.filter((row) => row.position !== null);
    const start = BigInt(after) < BigInt(prunedThrough) ? prunedThrough : after;
    const items = rows.slice(0, limit).map((row) => ({
      position: row.position!,
      complaintId: row.complaint_id,
      type: row.type,
      at: row.at.toISOString(),
      summary: row.summary,
      details: row.details,
    }));
    return { items, nextCursor: encodeChangeCursor(items.at(-1)?.position ?? start), hasMore: rows.length > limit };
  }
}
