import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { UnitOfWork } from '@redress/messaging';
import { DataSource } from 'typeorm';
import { GiveFeedbackRequest } from './give-feedback.request.dto';

/** Feedback tokens are `fb_` and 43 base64url characters; anything else is not one of ours. */
export const FEEDBACK_TOKEN = /^fb_[\w-]{43}$/;

/** One answer per token: the conditional update lets exactly one of two concurrent answers through; the other is 409. */
@Injectable()
export class GiveFeedbackService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly dataSource: DataSource,
  ) {}

  async state(token: string): Promise<{ answered: boolean; locale: string } | null> {
    if (!FEEDBACK_TOKEN.test(token)) return null;
    const [row] = await this.dataSource.query(
      `SELECT f.answered_at, c.locale FROM notifier.feedback f LEFT JOIN notifier.complaints c ON c.id = f.complaint_id WHERE f.token = $1`,
      [token],
    );
    return row ? { answered: row.answered_at !== null, locale: row.locale ?? 'ru' } : null;
  }

  execute(token: string, request: GiveFeedbackRequest): Promise<{ rating: number; comment: string | null; receivedAt: string }> {
    if (!FEEDBACK_TOKEN.test(token)) throw new NotFoundException('No such feedback link');
    return this.unitOfWork.run(async (tx) => {
      const comment = request.comment?.trim() || null;
      const result: unknown[] = await tx.manager.query(
        `UPDATE notifier.feedback SET answered_at = now(), rating = $2, comment = $3 WHERE token = $1 AND answered_at IS NULL
         RETURNING complaint_id, answered_at`,
        [token, request.rating, comment],
      );
      const [row] = (Array.isArray(result[0]) ? result[0] : result) as { complaint_id: string; answered_at: Date }[];
      if (!row) {
        const [exists] = await tx.manager.query(`SELECT 1 FROM notifier.feedback WHERE token = $1`, [token]);
        if (!exists) throw new NotFoundException('No such feedback link');
        throw new ConflictException('This feedback link has already been answered');
      }
      tx.emit({
        type: EventType.FeedbackReceived,
        key: row.complaint_id,
        correlationId: row.complaint_id,
        data: { complaintId: row.complaint_id, rating: request.rating, ...(comment ? { comment } : {}) },
      });
      return { rating: request.rating, comment, receivedAt: new Date(row.answered_at).toISOString() };
    });
  }
}
