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
import type { FastifyReply } from 'fastify';
import { feedbackFromForm, feedbackPage, feedbackThanksPage } from './feedback-page';
import { GiveFeedbackRequest } from './give-feedback.request.dto';
import { GiveFeedbackService } from './give-feedback.service';

/** The link in the resolution message: no login, the token is the key; one answer per token. */
@Controller('feedback')
export class GiveFeedbackHttpController {
  constructor(private readonly feedback: GiveFeedbackService) {}

  @Get(':token')
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
  give(@Param('token') token: string, @Body() body: GiveFeedbackRequest) {
    return this.feedback.execute(token, body);
  }

  /** The page's own form post: answers with a page (thanks, already answered, or the form again saying what to fix). */
  @Post(':token/form')
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
