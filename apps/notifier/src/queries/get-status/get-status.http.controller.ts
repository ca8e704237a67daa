import { Body, ConflictException, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { feedbackFromForm } from '../../commands/give-feedback/feedback-page';
import { GiveFeedbackService } from '../../commands/give-feedback/give-feedback.service';
import { GetStatusQuery } from './get-status.query';
import { notFoundPage, statusPage, tooManyRequestsPage } from './status-page';
import { StatusLinks } from './status-links';
import { StatusPageRateLimit } from './status-page-rate-limit';

/**
 * The link in every message: the complaint's status page, no login (the token is the key), and once it is resolved
 * the survey, answered with a plain form post. Unknown or expired links are a 404 page; too many requests a 429 page.
 */
@Controller('status')
export class GetStatusHttpController {
  constructor(
    private readonly links: StatusLinks,
    private readonly status: GetStatusQuery,
    private readonly feedback: GiveFeedbackService,
    private readonly rateLimit: StatusPageRateLimit,
  ) {}

  @Get(':token')
  async page(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.render(token, request, reply);
  }

  /** The survey's form: on success back to the page (post, redirect, get), else the page with what to fix. */
  @Post(':token/feedback')
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
