import { Controller, Headers, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiHeader, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors, CallbackUrlCheck, InvalidRequestException } from '@redress/platform';
import { FastifyReply } from 'fastify';
import { ClientSystem, ClientSystemGuard, CurrentClient, requireFiler } from '../../auth/client-system.guard';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { InFlightLimit } from '../../http/in-flight-limit';
import { CLIENT_KEY_ERRORS } from '../../intake.api-docs';
import { ComplaintBody, SubmitComplaintBodyPipe } from './submit-complaint-body.pipe';
import { SubmittedComplaintDto } from './submitted-complaint.dto';
import { SubmitComplaintRequest } from './submit-complaint.request.dto';
import { SubmitComplaintService } from './submit-complaint.service';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

@ApiTags('complaints')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('complaints')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class SubmitComplaintHttpController {
  constructor(
    private readonly submitComplaint: SubmitComplaintService,
    private readonly inFlightLimit: InFlightLimit,
    private readonly callbackUrls: CallbackUrlCheck,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retry-safe: the same key and body within 24 h answers with the first result; another body is a 409',
    schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$', example: 'order-88172-complaint-1' },
  })
  @ApiOperation({
    summary: 'File a complaint',
    description:
      'Answers at once with a receipt; the customer is acknowledged and the complaint grouped within moments. ' +
      'Follow it with GET /complaints/{id} or the change feed.',
  })
  @ApiBody({ type: SubmitComplaintRequest })
  @ApiAcceptedResponse({
    type: SubmittedComplaintDto,
    description: 'Received; `Location` names the complaint',
    headers: {
      Location: { description: 'The complaint: `/complaints/{id}`', schema: { type: 'string' } },
      'Idempotent-Replayed': {
        description: '`true` when an earlier request with this Idempotency-Key is answered again',
        schema: { type: 'string', enum: ['true'] },
      },
    },
  })
  @ApiErrors({
    400: {
      description:
        'Invalid body: `errors` lists each field with its reason (a `callbackUrl` must resolve to public addresses only)',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [
          { field: 'customer.phone', reason: 'must be an E.164 phone number such as +79161234567' },
          {
            field: 'dissatisfaction',
            reason: 'dissatisfaction must be one of the following values: outraged, upset, mild',
          },
        ],
      },
    },
    403: {
      description: 'A staff reader key, which cannot file complaints',
      message: 'This API key reads complaints for staff; it cannot file them',
    },
    409: {
      description: 'Idempotency-Key reused with a different body',
      message: 'This Idempotency-Key was already used with a different body',
    },
    429: {
      description:
        'This API key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds, with the same Idempotency-Key',
      message: 'This API key is over its rate limit; retry after 1 s',
    },
    503: {
      description: 'At capacity: retry after the `Retry-After` seconds, with the same Idempotency-Key',
      message: 'Intake is at capacity; retry after 1 s with the same Idempotency-Key',
    },
  })
  submit(
    @CurrentClient() client: ClientSystem,
    @ComplaintBody(SubmitComplaintBodyPipe) body: SubmitComplaintRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmittedComplaintDto> {
    requireFiler(client);
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new InvalidRequestException([
        { field: 'Idempotency-Key', reason: 'must be 1-255 visible ASCII characters' },
      ]);
    }
    const accept = () =>
      this.inFlightLimit.admit(reply, async () => {
        const { complaint, replayed } = await this.submitComplaint.submit(client, body, idempotencyKey);
        reply.header('Location', `/complaints/${complaint.id}`);
        if (replayed) reply.header('Idempotent-Replayed', 'true');
        return complaint;
      });
    // Resolving a callback URL's host waits on DNS: only complaints that give one wait for it.
    return body.callbackUrl === undefined ? accept() : this.checkCallbackUrl(body.callbackUrl).then(accept);
  }

  private async checkCallbackUrl(callbackUrl: string): Promise<void> {
    const problem = await this.callbackUrls.problem(callbackUrl);
    if (problem) throw new InvalidRequestException([{ field: 'callbackUrl', reason: problem }]);
  }
}
