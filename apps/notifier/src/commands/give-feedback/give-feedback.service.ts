import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { EventType } from '@redress/contracts';
import { Transaction, UnitOfWork } from '@redress/messaging';
import { hashToken, InvalidRequestException } from '@redress/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { followUpDueAt, isLowRating } from '../../domain/follow-up';
import { returnedRows } from '../../persistence/rows';
import { GiveFeedbackRequest } from './give-feedback.request.dto';

/** Feedback tokens are `fb_` and 43 base64url characters; anything else is not one of ours. */
export const FEEDBACK_TOKEN = /^fb_[\w-]{43}$/;

interface Answered {
  complaint_id: string;
  answered_at: Date;
  timezone: string | null;
}

/**
 * One answer per token: the conditional update lets exactly one of two concurrent answers through; the other is 409.
 * A rating of 1 or 2 also asks customer service to call back (`followup.requested`), due by the customer's clock.
 */
@Injectable()
export class GiveFeedbackService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
  ) {}

  async state(token: string): Promise<{ answered: boolean; locale: string } | null> {
    if (!FEEDBACK_TOKEN.test(token)) return null;
    const [row] = await this.dataSource.query(
      `SELECT f.answered_at, c.locale FROM notifier.feedback f LEFT JOIN notifier.complaints c ON c.id = f.complaint_id WHERE f.token_hash = $1`,
      [hashToken(token)],
    );
    return row ? { answered: row.answered_at !== null, locale: row.locale ?? 'ru' } : null;
  }

  execute(token: string, request: GiveFeedbackRequest): Promise<{ rating: number; comment: string | null; receivedAt: string; followUpDueAt: string | null }> {
    if (!FEEDBACK_TOKEN.test(token)) throw new NotFoundException('No such feedback link');
    const tokenHash = hashToken(token);
    if (request.reason && !isLowRating(request.rating)) {
      throw new InvalidRequestException([{ field: 'reason', reason: 'is asked only of ratings 1 and 2' }]);
    }
    return this.unitOfWork.run(async (tx) => {
      const comment = request.comment?.trim() || null;
      const [row] = returnedRows<Answered>(
        await tx.manager.query(
          `UPDATE notifier.feedback f SET answered_at = now(), rating = $2, comment = $3, reason = $4
           WHERE token_hash = $1 AND answered_at IS NULL
           RETURNING complaint_id, answered_at, (SELECT timezone FROM notifier.complaints c WHERE c.id = f.complaint_id)`,
          [tokenHash, request.rating, comment, request.reason ?? null],
        ),
      );
      if (!row) {
        const [exists] = await tx.manager.query(`SELECT 1 FROM notifier.feedback WHERE token_hash = $1`, [tokenHash]);
        if (!exists) throw new NotFoundException('No such feedback link');
        throw new ConflictException('This feedback link has already been answered');
      }
      const complaintId = row.complaint_id;
      tx.emit({
        type: EventType.FeedbackReceived,
        key: complaintId,
        correlationId: complaintId,
        data: { complaintId, rating: request.rating, ...(comment ? { comment } : {}), ...(request.reason ? { reason: request.reason } : {}) },
      });
      const dueAt = isLowRating(request.rating) ? this.requestFollowUp(tx, row, request, comment) : null;
      return { rating: request.rating, comment, receivedAt: new Date(row.answered_at).toISOString(), followUpDueAt: dueAt?.toISOString() ?? null };
    });
  }

  private requestFollowUp(tx: Transaction, answered: Answered, request: GiveFeedbackRequest, comment: string | null): Date {
    const requestedAt = new Date(answered.answered_at);
    const dueAt = followUpDueAt(requestedAt, answered.timezone ?? this.settings.defaultTimezone, this.settings.followUp);
    tx.emit({
      type: EventType.FollowUpRequested,
      key: answered.complaint_id,
      correlationId: answered.complaint_id,
      data: {
        complaintId: answered.complaint_id,
        rating: request.rating,
        ...(request.reason ? { reason: request.reason } : {}),
        ...(comment ? { comment } : {}),
        requestedAt: requestedAt.toISOString(),
        dueAt: dueAt.toISOString(),
      },
    });
    return dueAt;
  }
}
