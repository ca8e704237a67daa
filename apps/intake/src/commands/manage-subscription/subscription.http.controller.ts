import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, CallbackUrlCheck, InvalidRequestException } from '@redress/platform';
import { DataSource } from 'typeorm';
import { ClientSystem, ClientSystemGuard, CurrentClient, requireFiler } from '../../auth/client-system.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { deriveSigningSecret } from '../../domain/webhook-signature';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import { CLIENT_KEY_ERRORS } from '../../intake.api-docs';
import {
  deleteSubscription,
  findSubscription,
  putSubscription,
  redeliver,
  rotateSubscriptionSecret,
} from '../../persistence/subscription.store';
import { SubscriptionRequest } from './subscription.request.dto';
import { RedeliveryView, subscriptionView, SubscriptionView } from './subscription.view';

const NO_SUBSCRIPTION = {
  description: 'This client system has no subscription',
  message: 'This client system has no subscription',
};

interface StatusReply {
  status(code: number): unknown;
}

/** A client system's webhook subscription: one per client, signed with a secret of its own (docs/integration.md). */
@ApiTags('subscription')
@ApiSecurity('api-key')
@ApiErrors(CLIENT_KEY_ERRORS)
@Controller('subscription')
@UseGuards(ClientSystemGuard, ClientRateLimitGuard)
export class SubscriptionHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly callbackUrls: CallbackUrlCheck,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  /** Creates (201, with the signing secret, shown only now) or changes (200, the secret stays) the subscription. */
  @Put()
  @ApiOperation({
    summary: 'Create or change the subscription',
    description:
      'Creates the subscription (201, with the signing secret shown only now) or changes its URL and kinds (200, the secret stays).',
  })
  @ApiCreatedResponse({ type: SubscriptionView, description: 'Created, with its signing secret' })
  @ApiOkResponse({ type: SubscriptionView, description: 'Changed; without `signingSecret`' })
  @ApiErrors({
    400: {
      description: '`url` is not an http(s) URL of a public address, or `kinds` is not a set of status, timeline',
      example: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request is invalid',
        errors: [{ field: 'url', reason: 'must be an http(s) URL of a public address: 10.1.2.3 is private' }],
      },
    },
    403: { description: 'A staff reader key', message: 'This API key reads complaints for staff; it cannot file them' },
  })
  async put(
    @CurrentClient() client: ClientSystem,
    @Body() body: SubscriptionRequest,
    @Res({ passthrough: true }) reply: StatusReply,
  ): Promise<SubscriptionView> {
    requireFiler(client);
    const problem = await this.callbackUrls.problem(body.url);
    if (problem) throw new InvalidRequestException([{ field: 'url', reason: problem }]);
    const { created, subscription } = await putSubscription(this.dataSource, client.id, body.url, body.kinds);
    reply.status(created ? 201 : 200);
    return subscriptionView(subscription, created ? this.secretOf(subscription.secret_nonce) : undefined);
  }

  @Get()
  @ApiOperation({ summary: 'Read the subscription', description: 'The URL, kinds and times; never the secret.' })
  @ApiOkResponse({ type: SubscriptionView, description: 'The subscription' })
  @ApiErrors({ 404: NO_SUBSCRIPTION })
  async get(@CurrentClient() client: ClientSystem): Promise<SubscriptionView> {
    const subscription = await findSubscription(this.dataSource, client.id);
    if (!subscription) throw new NotFoundException('This client system has no subscription');
    return subscriptionView(subscription);
  }

  /** Ends the subscription; deliveries still waiting are cancelled. */
  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the subscription', description: 'Deliveries still waiting are cancelled.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 404: NO_SUBSCRIPTION })
  async delete(@CurrentClient() client: ClientSystem): Promise<void> {
    if (!(await deleteSubscription(this.dataSource, client.id)))
      throw new NotFoundException('This client system has no subscription');
  }

  /** A new signing secret, shown only now; the previous one keeps signing beside it for WEBHOOK_SECRET_OVERLAP. */
  @Post('rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rotate the signing secret',
    description:
      'A new signing secret, shown only now; the previous one keeps signing beside it for WEBHOOK_SECRET_OVERLAP.',
  })
  @ApiOkResponse({ type: SubscriptionView, description: 'The new secret and when the previous one stops signing' })
  @ApiErrors({ 404: NO_SUBSCRIPTION })
  async rotate(@CurrentClient() client: ClientSystem): Promise<SubscriptionView> {
    const subscription = await rotateSubscriptionSecret(
      this.dataSource,
      client.id,
      this.settings.webhooks.secretOverlapMs,
    );
    if (!subscription) throw new NotFoundException('This client system has no subscription');
    return subscriptionView(subscription, this.secretOf(subscription.secret_nonce));
  }

  /** Sends one delivery again, with the same event id and body, as soon as its complaint's earlier ones are out. */
  @Post('deliveries/:id/redeliver')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a delivery again',
    description: "Same event id and body, as soon as its complaint's earlier events are out.",
  })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The delivery: its event id, as `GET /subscription/deliveries` lists it',
    example: '7f0c2f4e-3c1b-4a57-9a61-0d5f1c3e2b10',
  })
  @ApiAcceptedResponse({ type: RedeliveryView, description: 'Queued to be sent again' })
  @ApiErrors({
    400: { description: '`id` is not a UUID', message: 'Validation failed (uuid v4 is expected)' },
    404: {
      description: 'No such delivery for this client system, or no subscription',
      message: 'No such delivery for this client system',
    },
  })
  async redeliver(
    @CurrentClient() client: ClientSystem,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<{ id: string; status: string }> {
    const delivery = await redeliver(this.dataSource, client.id, id);
    if (!delivery) throw new NotFoundException('No such delivery for this client system');
    return delivery;
  }

  private secretOf(nonce: string): string {
    return deriveSigningSecret(this.settings.webhooks.signingKey, nonce);
  }
}
