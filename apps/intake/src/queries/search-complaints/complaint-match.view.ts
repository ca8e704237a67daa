import { ApiProperty } from '@nestjs/swagger';
import { DISSATISFACTION_LEVELS, TOUCHPOINTS } from '@redress/contracts';
import { COMPLAINT_STATUSES, ComplaintStatus } from '../../domain/complaint-status';
import { ComplaintMatch } from './search-complaints.query';

/** One complaint found by GET /staff/complaints: enough to recognise it, no contact details. */
export class ComplaintMatchView implements ComplaintMatch {
  @ApiProperty({ format: 'uuid', example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11' })
  id!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  receivedAt!: string;

  @ApiProperty({ enum: COMPLAINT_STATUSES, example: 'assigned' })
  status!: ComplaintStatus;

  @ApiProperty({ enum: TOUCHPOINTS, example: 'delivery' })
  touchpoint!: string;

  @ApiProperty({ enum: DISSATISFACTION_LEVELS, example: 'outraged' })
  dissatisfaction!: string;

  @ApiProperty({ type: String, nullable: true, example: 'delivery-delay', description: 'Null until triage links it' })
  category!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'logistics',
    description: 'The department that owns its root cause; null until the committee decides',
  })
  department!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f' })
  rootCauseId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'CRM-88172' })
  externalRef!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'ORD-1042' })
  orderRef!: string | null;

  @ApiProperty({
    example: 'Курьер опоздал на три часа и нагрубил по телефону.',
    description: 'The start of what the customer wrote, cut at a word after 280 characters and marked with …',
  })
  excerpt!: string;
}
