import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUBSCRIPTION_KINDS, SubscriptionKind } from '../../domain/webhook-event';
import { SubscriptionRow } from '../../persistence/subscription.store';

export class SubscriptionView {
  @ApiProperty({ example: 'https://crm.example/hooks/redress' })
  url!: string;

  @ApiProperty({ enum: SUBSCRIPTION_KINDS, isArray: true, example: ['status', 'timeline'] })
  kinds!: SubscriptionKind[];

  @ApiProperty({ format: 'date-time', example: '2026-12-06T12:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-06T12:00:00.000Z' })
  updatedAt!: string;

  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    example: null,
    description: 'While a rotation overlaps: when the previous secret stops signing',
  })
  previousSecretExpiresAt!: string | null;

  @ApiPropertyOptional({
    example: 'whsec_3q2-7wEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    description: 'Only in the answer that created the subscription or rotated its secret: never shown again',
  })
  signingSecret?: string;
}

export class RedeliveryView {
  @ApiProperty({ format: 'uuid', example: '7f0c2f4e-3c1b-4a57-9a61-0d5f1c3e2b10', description: 'The event id' })
  id!: string;

  @ApiProperty({ example: 'pending' })
  status!: string;
}

export function subscriptionView(row: SubscriptionRow, signingSecret?: string): SubscriptionView {
  const overlapping = row.previous_expires_at && row.previous_expires_at.getTime() > Date.now();
  return {
    url: row.url,
    kinds: row.kinds,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    previousSecretExpiresAt: overlapping ? row.previous_expires_at!.toISOString() : null,
    ...(signingSecret ? { signingSecret } : {}),
  };
}
