import { Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { newToken } from '@redress/platform';

/** One feedback link per complaint, made when its resolution message is written. */
@Injectable()
export class FeedbackTokens {
  async tokenFor(tx: Transaction, complaintId: string): Promise<string> {
    await tx.manager.query(`INSERT INTO notifier.feedback (token, complaint_id) VALUES ($1, $2) ON CONFLICT (complaint_id) DO NOTHING`, [
      newToken('fb'),
      complaintId,
    ]);
    const [{ token }] = await tx.manager.query(`SELECT token FROM notifier.feedback WHERE complaint_id = $1`, [complaintId]);
    return token;
  }
}
