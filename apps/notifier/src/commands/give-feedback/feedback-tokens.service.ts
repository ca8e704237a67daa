import { Injectable } from '@nestjs/common';
import { Transaction } from '@redress/messaging';
import { hashToken, newToken } from '@redress/platform';
import { insertSurvey } from '../../persistence/feedback.store';

/**
 * One survey per complaint, ever: its link is made with the first resolution message. Only the token's hash is kept
 * (32 random bytes need no slow hash): the clear token lives in the message alone.
 */
@Injectable()
export class FeedbackTokens {
  /** A new survey link's token, or null when the complaint was already sent one (a later resolution asks nothing). */
  async newSurvey(tx: Transaction, complaintId: string): Promise<string | null> {
    const token = newToken('fb');
    return (await insertSurvey(tx.manager, hashToken(token), complaintId)) ? token : null;
  }
}
