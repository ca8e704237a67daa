import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, IsUrl, MaxLength } from 'class-validator';
import { SUBSCRIPTION_KINDS, SubscriptionKind } from '../../domain/webhook-event';

/** `PUT /subscription`: where the client's events go and which kinds it wants. */
export class SubscriptionRequest {
  @ApiProperty({
    example: 'https://crm.example/hooks/redress',
    maxLength: 2000,
    description:
      'Receives signed JSON POSTs; http(s) to a host that resolves to public addresses only (docs/outbound-calls.md)',
  })
  @IsString()
  @MaxLength(2000)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'must be an http(s) URL' },
  )
  url!: string;

  @ApiProperty({
    example: ['status', 'timeline'],
    enum: SUBSCRIPTION_KINDS,
    isArray: true,
    description: '`status`: every status step; `timeline`: every timeline entry',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SUBSCRIPTION_KINDS.length)
  @ArrayUnique()
  @IsIn(SUBSCRIPTION_KINDS, { each: true, message: `each kind must be one of ${SUBSCRIPTION_KINDS.join(', ')}` })
  kinds!: SubscriptionKind[];
}
