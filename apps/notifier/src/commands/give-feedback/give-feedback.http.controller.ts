import { Body, Controller, Get, Header, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { feedbackPage } from './feedback-page';
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
    return feedbackPage(state.locale, state.answered);
  }

  @Post(':token')
  @HttpCode(201)
  give(@Param('token') token: string, @Body() body: GiveFeedbackRequest) {
    return this.feedback.execute(token, body);
  }
}
