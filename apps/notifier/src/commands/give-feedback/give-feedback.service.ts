import { ConflictException, Inject, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { CustomerIdentity, EventType, redactText } from '@redress/contracts';
import { CustomerGone, IntakeClient, IntakeUnavailable } from '../../channels/intake-client';
import { Transaction, UnitOfWork } from '@redress/messaging';
import { hashToken, InvalidRequestException } from '@redress/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_SETTINGS, NotifierSettings } from '../../config/notifier.settings';
import { followUpDueAt, isLowRating } from '../../domain/follow-up';
import { ComplaintClosingHandler } from '../close-complaint/complaint-closing.handler';
import {
  AnsweredSurvey,
  answerSurvey,
  SurveyColumn,
  surveyComplaint,
  surveyExists,
  surveyState,
} from '../../persistence/feedback.store';
import { GiveFeedbackRequest } from './give-feedback.request.dto';

/** Feedback tokens are `fb_` and 43 base64url characters; anything else is not one of ours. */
export const FEEDBACK_TOKEN = /^fb_[\w-]{43}$/;

export interface FeedbackAnswer {
  rating: number;
  comment: string | null;
  receivedAt: string;
  followUpDueAt: string | null;
}

/** A survey is found by its link's token, or (from the status page) by its complaint. */
type Survey = { tokenHash: string } | { complaintId: string };

/**
 * One answer per survey: the conditional update lets exactly one of two concurrent answers through; the other is 409.
 * A rating at or below FOLLOW_UP_MAX_RATING also asks customer service to call back (`followup.requested`, with the
 * customer's clock; the number stays with intake), due by the customer's clock; any rating decides when the complaint
 * closes. The comment goes out on the topics with the customer's own phone, email and name taken out (ADR 0009).
 */
@Injectable()
export class GiveFeedbackService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly dataSource: DataSource,
    @Inject(NOTIFIER_SETTINGS) private readonly settings: NotifierSettings,
    private readonly closing: ComplaintClosingHandler,
    private readonly intake: IntakeClient,
  ) {}

  async state(token: string): Promise<{ answered: boolean; locale: string } | null> {
    if (!FEEDBACK_TOKEN.test(token)) return null;
    const row = await surveyState(this.dataSource, hashToken(token));
    return row ? { answered: row.answered_at !== null, locale: row.locale ?? 'ru' } : null;
  }

  execute(token: string, request: GiveFeedbackRequest): Promise<FeedbackAnswer> {
    if (!FEEDBACK_TOKEN.test(token)) throw new NotFoundException('No such feedback link');
    return this.answer({ tokenHash: hashToken(token) }, request);
  }

  /** The survey of a complaint, answered from its status page. */
  executeForComplaint(complaintId: string, request: GiveFeedbackRequest): Promise<FeedbackAnswer> {
    return this.answer({ complaintId }, request);
  }

  private async answer(survey: Survey, request: GiveFeedbackRequest): Promise<FeedbackAnswer> {
    if (request.reason && !isLowRating(request.rating)) {
      throw new InvalidRequestException([{ field: 'reason', reason: 'is asked only of ratings 1 and 2' }]);
    }
    const [column, key]: [SurveyColumn, string] =
      'tokenHash' in survey ? ['token_hash', survey.tokenHash] : ['complaint_id', survey.complaintId];
    // Who to take out of the comment is asked of intake before the transaction, so no lock waits on it.
    const identity = request.comment?.trim() ? await this.identityFor(column, key) : {};
    return this.unitOfWork.run(async (tx) => {
      const comment = request.comment?.trim() || null;
      const row = await answerSurvey(tx.manager, column, key, {
        rating: request.rating,
        comment,
        reason: request.reason ?? null,
      });
      if (!row) {
        if (!(await surveyExists(tx.manager, column, key))) throw new NotFoundException('No such feedback link');
        throw new ConflictException('This feedback link has already been answered');
      }
      const complaintId = row.complaint_id;
      const published = comment && redactText(comment, identity);
      tx.emit({
        type: EventType.FeedbackReceived,
        key: complaintId,
        correlationId: complaintId,
        data: {
          complaintId,
          rating: request.rating,
          ...(published ? { comment: published } : {}),
          ...(request.reason ? { reason: request.reason } : {}),
        },
      });
      const dueAt = this.closing.owesCallback(request.rating)
        ? this.requestFollowUp(tx, row, request, published)
        : null;
      await this.closing.rated(tx, complaintId, request.rating);
      return {
        rating: request.rating,
        comment,
        receivedAt: new Date(row.answered_at).toISOString(),
        followUpDueAt: dueAt?.toISOString() ?? null,
      };
    });
  }

  /**
   * The customer's name, form of address, phone and email, from intake (the notifier keeps none: ADR 0009), to take
   * out of the comment before it goes on the topics. Intake not answering is a 503: the comment is not published
   * unredacted, and the customer can send it again shortly. An erased customer has nothing left to take out.
   */
  private async identityFor(column: SurveyColumn, key: string): Promise<CustomerIdentity> {
    const complaintId = await surveyComplaint(this.dataSource, column, key);
    if (!complaintId) return {};
    try {
      const { name, formOfAddress, phone, email } = await this.intake.contactOf(complaintId);
      return { name, formOfAddress, phone, email };
    } catch (error) {
      if (error instanceof CustomerGone) return {};
      if (error instanceof IntakeUnavailable)
        throw new ServiceUnavailableException('Your answer could not be taken just now; please send it again shortly');
      throw error;
    }
  }

  private requestFollowUp(
    tx: Transaction,
    answered: AnsweredSurvey,
    request: GiveFeedbackRequest,
    comment: string | null,
  ): Date {
    const requestedAt = new Date(answered.answered_at);
    const timezone = answered.timezone ?? this.settings.defaultTimezone;
    const dueAt = followUpDueAt(requestedAt, timezone, this.settings.followUp);
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
        // For the callback alone: escalation keeps them until it is made. The number is not sent: intake has it.
        timezone,
        ...(answered.window_from && answered.window_to
          ? { contactWindow: { from: answered.window_from, to: answered.window_to } }
          : {}),
      },
    });
    return dueAt;
  }
}
