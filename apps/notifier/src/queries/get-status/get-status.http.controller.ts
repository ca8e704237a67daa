import { Body, ConflictException, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiHtmlResponse } from '@redress/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FEEDBACK_FORM_SCHEMA, feedbackFromForm } from '../../commands/give-feedback/feedback-page';
import { GiveFeedbackService } from '../../commands/give-feedback/give-feedback.service';
import {
  NOT_FOUND_PAGE_EXAMPLE,
  STATUS_PAGE_EXAMPLE,
  STATUS_PAGE_TO_FIX_EXAMPLE,
  TOO_MANY_REQUESTS_PAGE_EXAMPLE,
} from '../../http/customer-page.examples';
import { GetStatusQuery } from './get-status.query';
import { notFoundPage, statusPage, tooManyRequestsPage } from './status-page';
import { StatusLinks } from './status-links.service';
import { StatusPageRateLimit } from './status-page-rate-limit.service';

/** The 429 page says when to come back. */
const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait (60)', schema: { type: 'integer', example: 60 } },
};

/**
 * The link in every message: the complaint's status page, no login (the token is the key), and once it is resolved
 * the survey, answered with a plain form post. Unknown or expired links are a 404 page; too many requests a 429 page.
 */
@ApiTags('customers')
@ApiParam({
  name: 'token',
  description: 'The token of the link in every message to the customer',
  example: 'st_q8Vb2nX0kLmP4rT7wYz1aC3eG5iK9oMsU6vH2jD8fNc',
})
@Controller('status')
export class GetStatusHttpController {
  constructor(
    private readonly links: StatusLinks,
    private readonly status: GetStatusQuery,
    private readonly feedback: GiveFeedbackService,
    private readonly rateLimit: StatusPageRateLimit,
  ) {}

  @Get(':token')
  @ApiOperation({
    summary: 'Follow a complaint',
    description:
      'The status page: what happened so far, what was done about the cause, the compensation, and once resolved ' +
      'the survey. No login: the token is the key.',
  })
  @ApiProduces('text/html')
  @ApiHtmlResponse(200, 'The status page', STATUS_PAGE_EXAMPLE)
  @ApiHtmlResponse(404, 'An unknown or expired link', NOT_FOUND_PAGE_EXAMPLE)
  @ApiHtmlResponse(
    429,
    'Too many requests from this address or for this link: retry after the `Retry-After` seconds',
    TOO_MANY_REQUESTS_PAGE_EXAMPLE,
    RETRY_AFTER,
  )
  async page(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.render(token, request, reply);
  }

  /** The survey's form: on success back to the page (post, redirect, get), else the page with what to fix. */
  @Post(':token/feedback')
  @ApiOperation({
    summary: 'Answer the survey from the status page',
    description: 'On success back to the page (post, redirect, get); else the page again, saying what to fix.',
  })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({ schema: FEEDBACK_FORM_SCHEMA })
  @ApiProduces('text/html')
  @ApiResponse({
    status: 303,
    description: 'Answered (or answered before, in another tab): back to the status page',
    headers: { Location: { description: '`/status/{token}#timeline`', schema: { type: 'string' } } },
  })
  @ApiHtmlResponse(400, 'The page again, saying what to fix', STATUS_PAGE_TO_FIX_EXAMPLE)
  @ApiHtmlResponse(404, 'An unknown or expired link', NOT_FOUND_PAGE_EXAMPLE)
  @ApiHtmlResponse(
    429,
    'Too many requests: retry after the `Retry-After` seconds',
    TOO_MANY_REQUESTS_PAGE_EXAMPLE,
    RETRY_AFTER,
  )
  async give(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    if (!this.allowed(token, request, reply)) return;
    const complaintId = await this.links.complaintOf(token);
    if (!complaintId) return html(reply, 404, notFoundPage());
    const parsed = feedbackFromForm(body);
    if ('error' in parsed) return this.render(token, request, reply, { status: 400, error: parsed.error }, complaintId);
    try {
      await this.feedback.executeForComplaint(complaintId, parsed.request);
    } catch (error) {
      // Already answered (another tab): the page shows the answer given.
      if (!(error instanceof ConflictException)) throw error;
    }
    return reply.status(303).header('location', `/status/${token}#timeline`).send();
  }

  private async render(
    token: string,
    request: FastifyRequest,
    reply: FastifyReply,
    failed?: { status: number; error: 'pick' | 'tooLong' },
    knownComplaintId?: string,
  ) {
    if (!knownComplaintId && !this.allowed(token, request, reply)) return;
    const complaintId = knownComplaintId ?? (await this.links.complaintOf(token));
    const view = complaintId ? await this.status.execute(complaintId) : null;
    if (!view) return html(reply, 404, notFoundPage());
    return html(reply, failed?.status ?? 200, statusPage(view, `/status/${token}/feedback`, failed?.error));
  }

  private allowed(token: string, request: FastifyRequest, reply: FastifyReply): boolean {
    if (this.rateLimit.allows(request.ip, token)) return true;
    html(reply, 429, tooManyRequestsPage(), { 'retry-after': '60' });
    return false;
  }
}

function html(reply: FastifyReply, status: number, page: string, headers: Record<string, string> = {}) {
  return reply
    .status(status)
    .headers({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      ...headers,
    })
    .send(page);
}
