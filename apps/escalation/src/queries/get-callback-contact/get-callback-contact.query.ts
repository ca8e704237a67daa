import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Owner } from '../../auth/escalation-principal.guard';
import { CallTiming, callTiming } from '../../domain/callback-contact';

/** The number to call (null once the callback is made: it is not kept after) and the customer's clock. */
export interface CallbackContact extends CallTiming {
  followUpId: string;
  phone: string | null;
}

interface ContactRow {
  phone: string | null;
  timezone: string | null;
  window_from: string | null;
  window_to: string | null;
}

/** Reads a callback's contact data for its own department, recording the view in the same transaction. */
@Injectable()
export class GetCallbackContactQuery {
  constructor(private readonly dataSource: DataSource) {}

  execute(owner: Owner, followUpId: string, now = new Date()): Promise<CallbackContact | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: ContactRow[] = await manager.query(
        `SELECT phone, timezone, window_from, window_to FROM escalation.follow_ups WHERE id = $1 AND department_id = $2`,
        [followUpId, owner.department],
      );
      if (!row) return null;
      if (row.phone) {
        await manager.query(
          `INSERT INTO escalation.callback_views (follow_up_id, viewed_by, viewed_at) VALUES ($1, $2, $3)`,
          [followUpId, owner.id, now],
        );
      }
      const window = row.window_from && row.window_to ? { from: row.window_from, to: row.window_to } : null;
      // Follow-ups requested before the notifier sent contact data have neither number nor zone.
      return { followUpId, phone: row.phone, ...callTiming(now, row.timezone ?? 'UTC', window) };
    });
  }
}
