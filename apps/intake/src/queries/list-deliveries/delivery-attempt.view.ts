import { ApiProperty } from '@nestjs/swagger';
import { Page } from '@redress/platform';

export class DeliveryAttemptView {
  @ApiProperty({
    format: 'uuid',
    example: '7f0c2f4e-3c1b-4a57-9a61-0d5f1c3e2b10',
    description: 'The delivery: the event id the receiver got, and what `redeliver` takes',
  })
  deliveryId!: string;

  @ApiProperty({ format: 'uuid', example: '0b6f4a55-2f0e-4c1a-8f5e-7c1d2e3f4a5b' })
  complaintId!: string;

  @ApiProperty({ example: '42', description: 'The change feed position of the change delivered' })
  position!: string;

  @ApiProperty({ example: 'status.changed', description: 'The change: `status.changed` or a timeline entry type' })
  type!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-06T12:00:01.200Z', description: 'When the attempt was made' })
  at!: string;

  @ApiProperty({ enum: ['delivered', 'failed'], example: 'failed' })
  outcome!: 'delivered' | 'failed';

  @ApiProperty({ type: String, nullable: true, example: 'the subscription endpoint answered 500' })
  error!: string | null;

  @ApiProperty({ example: 38 })
  durationMs!: number;

  @ApiProperty({
    enum: ['pending', 'delivered', 'failed', 'cancelled'],
    example: 'pending',
    description: 'Where the delivery stands now: pending (retrying), delivered, failed (given up) or cancelled',
  })
  deliveryStatus!: string;

  @ApiProperty({ example: 3, description: "The delivery's attempts so far" })
  attempts!: number;
}

export class DeliveryAttemptsPage implements Page<DeliveryAttemptView> {
  @ApiProperty({ type: [DeliveryAttemptView] })
  items!: DeliveryAttemptView[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'WyIxMjMiXQ',
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}
