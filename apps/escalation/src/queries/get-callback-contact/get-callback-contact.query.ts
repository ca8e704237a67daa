import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Owner } from '../../auth/escalation-principal.guard';
import { CallTiming, callTiming } from '../../domain/callback-contact';

/**
 * The customer's clock for a callback, and whether it is still to make. The number itself is intake's (ADR 0009):
 * escalation keeps none, the console reads it from intake once this answer said the owner may call.
 */
export interface CallbackContact extends CallTiming {
  followUpId: string;
  complaintId: string;
  open: boolean;
}

interface ContactRow {
  complaint_id: string;
  status: string;
  timezone: string | null;
  window_from: string | null;
  window_to: string | null;
}

/** Reads a callback's contact data for its own department, recording the view of an open one in the same transaction. */
@Injectable()
export class GetCallbackContactQuery {
  constructor(private readonly dataSource: DataSource) {}

  execute(owner: Owner, followUpId: string, now = new Date()): Promise<CallbackContact | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: ContactRow[] = await manager.query(
        `SELECT complaint_id, status, timezone, window_from, window_to FROM escalation.follow_ups
         WHERE id = $1 AND department_id = $2`,
        [followUpId, owner.department],
      );
      if (!row) return null;
      const open = row.status === 'open';
      // Whoever is told they may call is about to be shown the number: that is the view the audit log records.
      if (open) {
        await manager.query(
          `INSERT INTO escalation.callback_views (follow_up_id, viewed_by, viewed_at) VALUES ($1, $2, $3)`,
          [followUpId, owner.id, now],
        );
      }
      const window = row.window_from && row.window_to ? { from: row.window_from, to: row.window_to } : null;
      // Follow-ups requested before the notifier sent contact data have no zone.
      return { followUpId, complaintId: row.complaint_id, open, ...callTiming(now, row.timezone ?? 'UTC', window) };
    });
  }
}
