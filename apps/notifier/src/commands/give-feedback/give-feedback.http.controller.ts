import {
  Body,
  ConflictException,
  Controller,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, ApiHtmlResponse } from '@redress/platform';
import {
  ALREADY_ANSWERED_PAGE_EXAMPLE,
  SURVEY_PAGE_EXAMPLE,
  SURVEY_PAGE_TO_FIX_EXAMPLE,
  THANKS_PAGE_EXAMPLE,
} from '../../http/customer-page.examples';
import type { FastifyReply } from 'fastify';
import { FEEDBACK_FORM_SCHEMA, feedbackFromForm, feedbackPage, feedbackThanksPage } from './feedback-page';
import { FeedbackAnswerView } from './feedback-answer.view';
import { GiveFeedbackRequest } from './give-feedback.request.dto';
import { GiveFeedbackService } from './give-feedback.service';

/** The link in the resolution message: no login, the token is the key; one answer per token. */
@ApiTags('customers')
@ApiParam({
  name: 'token',
  description: 'The token of the link in the resolution message',
  example: 'fb_R4tY7uI0oP2aS5dF8gH1jK3lZ6xC9vB0nM4qW7eE2rT',
})
@Controller('feedback')
export class GiveFeedbackHttpController {
  constructor(private readonly feedback: GiveFeedbackService) {}

  @Get(':token')
  @ApiOperation({
    summary: 'Open the survey',
    description: '"How helpful was this?" with five smileys and a comment, in the customer\'s language.',
  })
  @ApiProduces('text/html')
  @ApiHtmlResponse(200, 'The survey page (or, once answered, a thank-you)', SURVEY_PAGE_EXAMPLE)
  @ApiErrors({ 404: { description: 'No such feedback link', message: 'No such feedback link' } })
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async page(@Param('token') token: string): Promise<string> {
    const state = await this.feedback.state(token);
    if (!state) throw new NotFoundException('No such feedback link');
    return feedbackPage(state.locale, state.answered, `/feedback/${token}/form`);
  }

  /** JSON, for apps and scripts. */
  @Post(':token')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Answer the survey',
    description: 'JSON, for apps and scripts; one answer per link. A rating of 1 or 2 owes the customer a callback.',
  })
  @ApiCreatedResponse({ type: FeedbackAnswerView, description: 'The answer, recorded' })
  @ApiErrors({
    400: {
      description: 'A bad body, or a `reason` with a rating above 2: `errors` names the field',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'reason', reason: 'is asked only of ratings 1 and 2' }],
      },
    },
    404: { description: 'No such feedback link', message: 'No such feedback link' },
    409: { description: 'Already answered', message: 'This feedback link has already been answered' },
  })
  give(@Param('token') token: string, @Body() body: GiveFeedbackRequest) {
    return this.feedback.execute(token, body);
  }

  /** The page's own form post: answers with a page (thanks, already answered, or the form again saying what to fix). */
  @Post(':token/form')
  @ApiOperation({
    summary: 'Answer the survey from its page',
    description:
      "The page's own form post; answers with a page: thanks, already answered, or the form again saying what to fix.",
  })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({ schema: FEEDBACK_FORM_SCHEMA })
  @ApiProduces('text/html')
  @ApiHtmlResponse(201, 'Thank you', THANKS_PAGE_EXAMPLE)
  @ApiHtmlResponse(400, 'The form again, saying what to fix', SURVEY_PAGE_TO_FIX_EXAMPLE)
  @ApiHtmlResponse(409, 'Already answered', ALREADY_ANSWERED_PAGE_EXAMPLE)
  @ApiErrors({ 404: { description: 'No such feedback link', message: 'No such feedback link' } })
  async giveByForm(@Param('token') token: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const state = await this.feedback.state(token);
    if (!state) throw new NotFoundException('No such feedback link');
    const html = (status: number, page: string) =>
      reply
        .status(status)
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(page);
    const parsed = feedbackFromForm(body);
    if ('error' in parsed) return html(400, feedbackPage(state.locale, false, `/feedback/${token}/form`, parsed.error));
    try {
      await this.feedback.execute(token, parsed.request);
      // The reply is thenable only to wait for it being sent; the catch below is for the use case, not for that.
      // eslint-disable-next-line @typescript-eslint/return-await
      return html(201, feedbackThanksPage(state.locale, false));
    } catch (error) {
      if (error instanceof ConflictException) return html(409, feedbackThanksPage(state.locale, true));
      throw error;
    }
  }
}
