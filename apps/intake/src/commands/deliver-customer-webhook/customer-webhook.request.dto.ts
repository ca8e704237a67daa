import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, NotificationKind } from '@redress/contracts';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';

/** A message to a complaint's customer that the notifier wrote for the webhook channel. */
export class CustomerWebhookRequest {
  @ApiProperty({
    format: 'uuid',
    example: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
    description: 'The notification: the same on every retry, sent as `Redress-Event-Id` so the receiver drops repeats',
  })
  @IsUUID()
  messageId!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'acknowledgement' })
  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  @ApiProperty({ example: 'en', maxLength: 10 })
  @IsString()
  @MaxLength(10)
  locale!: string;

  @ApiProperty({ example: 'We have received your complaint', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  subject!: string;

  @ApiProperty({ example: 'Ms Petrova, we have received your complaint CRM-88172 ...', maxLength: 20000 })
  @IsString()
  @MaxLength(20000)
  text!: string;
}
