import { Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { hashToken, newToken } from '@redress/platform';

/**
 * One survey per complaint, ever: its link is made with the first resolution message. Only the token's hash is kept
 * (32 random bytes need no slow hash): the clear token lives in the message alone.
 */
@Injectable()
export class FeedbackTokens {
  /** A new survey link's token, or null when the complaint was already sent one (a later resolution asks nothing). */
  async newSurvey(tx: Transaction, complaintId: string): Promise<string | null> {
    const token = newToken('fb');
    const rows: unknown[] = await tx.manager.query(
      `INSERT INTO notifier.feedback (token_hash, complaint_id) VALUES ($1, $2) ON CONFLICT (complaint_id) DO NOTHING RETURNING 1`,
      [hashToken(token), complaintId],
    );
    return rows.length === 1 ? token : null;
  }
}
