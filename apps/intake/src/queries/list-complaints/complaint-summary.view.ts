import { ApiProperty } from '@nestjs/swagger';
import { COMPLAINT_STATUSES, ComplaintStatus } from '../../domain/complaint-status';
import { ComplaintSummary } from './list-complaints.query';

/** One complaint of GET /complaints, as documented. */
export class ComplaintSummaryView implements ComplaintSummary {
  @ApiProperty({ format: 'uuid', example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, example: 'CRM-88172' })
  externalRef!: string | null;

  @ApiProperty({ enum: COMPLAINT_STATUSES, example: 'assigned' })
  status!: ComplaintStatus;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  receivedAt!: string;

  @ApiProperty({ example: 'delivery' })
  touchpoint!: string;

  @ApiProperty({ example: 'outraged' })
  dissatisfaction!: string;

  @ApiProperty({ example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', type: String, nullable: true, format: 'uuid' })
  rootCauseId!: string | null;
}
