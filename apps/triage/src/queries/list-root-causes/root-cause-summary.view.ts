import { ApiProperty } from '@nestjs/swagger';
import { DECIDED_BY } from '@redress/contracts';
import { RootCauseStatus } from '../../commands/review/root-cause-review';
import { ROOT_CAUSE_STATUSES, RootCauseSummary } from './list-root-causes.query';

export class RootCauseSummaryView implements RootCauseSummary {
  @ApiProperty({ format: 'uuid' })
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

  @ApiProperty({ example: '2026-11-23T10:15:01.000Z' })
  openedAt!: string;

  @ApiProperty({ type: String, nullable: true })
  identifiedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  mergedInto!: string | null;
}
