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
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import { CallbackUrlCheck, InvalidRequestException } from '@redress/platform';
import { DataSource } from 'typeorm';
import { ClientSystem, ClientSystemGuard, CurrentClient, requireFiler } from '../../auth/client-system.guard';
import { INTAKE_SETTINGS, IntakeSettings } from '../../config/intake.settings';
import { deriveSigningSecret } from '../../domain/webhook-signature';
import { ClientRateLimitGuard } from '../../http/client-rate-limit.guard';
import {
  deleteSubscription,
  findSubscription,
  putSubscription,
  redeliver,
  rotateSubscriptionSecret,
} from '../../persistence/subscriptions';
import { SubscriptionRequest } from './subscription.request.dto';
import { subscriptionView, SubscriptionView } from './subscription.view';

interface StatusReply {
  status(code: number): unknown;
}

/** A client system's webhook subscription: one per client, signed with a secret of its own (docs/integration.md). */
@ApiTags('subscription')
@ApiSecurity('api-key')
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
  @ApiCreatedResponse({ description: '`{ url, kinds, createdAt, updatedAt, previousSecretExpiresAt, signingSecret }`' })
  @ApiOkResponse({ description: 'Changed; the same without `signingSecret`' })
  @ApiBadRequestResponse({
    description: '`url` is not an http(s) URL of a public address, or `kinds` is not a set of status, timeline',
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
  @ApiOkResponse({ description: '`{ url, kinds, createdAt, updatedAt, previousSecretExpiresAt }`' })
  @ApiNotFoundResponse({ description: 'This client system has no subscription' })
  async get(@CurrentClient() client: ClientSystem): Promise<SubscriptionView> {
    const subscription = await findSubscription(this.dataSource, client.id);
    if (!subscription) throw new NotFoundException('This client system has no subscription');
    return subscriptionView(subscription);
  }

  /** Ends the subscription; deliveries still waiting are cancelled. */
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: 'This client system has no subscription' })
  async delete(@CurrentClient() client: ClientSystem): Promise<void> {
    if (!(await deleteSubscription(this.dataSource, client.id)))
      throw new NotFoundException('This client system has no subscription');
  }

  /** A new signing secret, shown only now; the previous one keeps signing beside it for WEBHOOK_SECRET_OVERLAP. */
  @Post('rotate-secret')
  @HttpCode(200)
  @ApiOkResponse({ description: '`{ ..., signingSecret, previousSecretExpiresAt }`' })
  @ApiNotFoundResponse({ description: 'This client system has no subscription' })
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
  @ApiAcceptedResponse({ description: '`{ id, status: "pending" }`' })
  @ApiNotFoundResponse({ description: 'No such delivery for this client system, or no subscription' })
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
