import { ApiProperty } from '@nestjs/swagger';
import { DECIDED_BY } from '@redress/contracts';
import { RootCauseStatus } from '../../commands/review-root-cause/root-cause-review.service';
import { ROOT_CAUSE_STATUSES, RootCauseSummary } from './list-root-causes.query';

export class RootCauseSummaryView implements RootCauseSummary {
  @ApiProperty({ example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ROOT_CAUSE_STATUSES, example: 'identified' })
  status!: RootCauseStatus;

  @ApiProperty({ example: 'late-delivery' })
  category!: string;

  @ApiProperty({ example: 'delivery' })
  touchpoint!: string;

  @ApiProperty({ example: 4 })
  complaintCount!: number;

  @ApiProperty({ example: 10 })
  impact!: number;

  @ApiProperty({ type: String, nullable: true, example: 'Couriers overbooked' })
  cause!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'logistics' })
  department!: string | null;

  @ApiProperty({ type: String, nullable: true, enum: DECIDED_BY, example: 'chair' })
  decidedBy!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:01.000Z' })
  openedAt!: string;

  @ApiProperty({ example: '2026-11-23T10:40:00.000Z', format: 'date-time', type: String, nullable: true })
  identifiedAt!: string | null;

  @ApiProperty({ example: '1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60', type: String, nullable: true, format: 'uuid' })
  mergedInto!: string | null;
}
