import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@redress/platform';
import { ServiceGuard } from '../../auth/service.guard';
import { COMPLAINT_ID_PARAM, SERVICE_TOKEN_ERRORS } from '../../intake.api-docs';
import { CustomerWebhookRequest } from './customer-webhook.request.dto';
import { CustomerWebhookService } from './customer-webhook.service';

@ApiTags('internal')
@ApiBearerAuth('service')
@ApiErrors(SERVICE_TOKEN_ERRORS)
@Controller('internal/complaints')
@UseGuards(ServiceGuard)
export class CustomerWebhookHttpController {
  constructor(private readonly webhooks: CustomerWebhookService) {}

  @Post(':id/customer-webhooks')
  @HttpCode(204)
  @ApiOperation({
    summary: "Send a customer's message to the complaint's callbackUrl",
    description:
      "The notifier hands intake a message for the customer's webhook channel; intake POSTs it to the complaint's " +
      "callbackUrl signed with the filing client system's own subscription secret (`Redress-Signature`, " +
      '`Redress-Event-Id` = `messageId`, so repeats can be dropped). One attempt: the notifier retries. Only with the ' +
      'service token (docs/integration.md#customer-messages-by-webhook).',
  })
  @ApiParam(COMPLAINT_ID_PARAM)
  @ApiNoContentResponse({ description: 'The callback answered 2xx' })
  @ApiErrors({
    400: {
      description: 'A field missing or too long, named with its reason',
      message: 'text: must be at most 20000 characters',
    },
    404: { description: 'No such complaint', message: 'No such complaint' },
    409: {
      description: 'No callbackUrl, or the client system has no subscription secret: retrying cannot help',
      message:
        'The client system has no webhook subscription, so no secret of its own to sign with (PUT /subscription)',
    },
    410: {
      description: "The customer's data was erased: nothing more is sent",
      message: "The customer's data was erased",
    },
    422: {
      description: 'The callbackUrl resolves to a non-public address now (docs/outbound-calls.md)',
      message: 'the callback is refused: it resolves to a loopback address',
    },
    502: {
      description: 'The callback failed (an error, a timeout, a non-2xx answer): retry later',
      message: 'the callback answered 500',
    },
  })
  async deliver(@Param('id', new ParseUUIDPipe()) id: string, @Body() message: CustomerWebhookRequest): Promise<void> {
    await this.webhooks.deliver(id, message);
  }
}
