import { Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { newToken } from '@redress/platform';

/** One survey per complaint, ever: its link is made with the first resolution message. */
@Injectable()
export class FeedbackTokens {
  /** A new survey link's token, or null when the complaint was already sent one (a later resolution asks nothing). */
  async newSurvey(tx: Transaction, complaintId: string): Promise<string | null> {
    const rows: { token: string }[] = await tx.manager.query(
      `INSERT INTO notifier.feedback (token, complaint_id) VALUES ($1, $2) ON CONFLICT (complaint_id) DO NOTHING RETURNING token`,
      [newToken('fb'), complaintId],
    );
    return rows[0]?.token ?? null;
  }
}
