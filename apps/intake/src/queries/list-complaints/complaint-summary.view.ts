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

  @ApiProperty({ example: '2026-11-23T10:15:00.000Z' })
  receivedAt!: string;

  @ApiProperty({ example: 'delivery' })
  touchpoint!: string;

  @ApiProperty({ example: 'outraged' })
  dissatisfaction!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  rootCauseId!: string | null;
}
