import { ApiProperty } from '@nestjs/swagger';
import { ReportPeriodView } from '@redress/platform';
import { CategoryCount } from './category-report.query';

export class CategoryCountView implements CategoryCount {
  @ApiProperty({ example: 'late-delivery' })
  category!: string;

  @ApiProperty({ example: 'under-review', description: "The complaints' root cause's status" })
  status!: string;

  @ApiProperty({ type: 'integer', example: 12 })
  complaints!: number;
}

export class CategoryTotalView {
  @ApiProperty({ example: 'late-delivery' })
  category!: string;

  @ApiProperty({ type: 'integer', example: 17 })
  complaints!: number;
}

export class StatusTotalView {
  @ApiProperty({ example: 'under-review', description: "The root cause's status" })
  status!: string;

  @ApiProperty({ type: 'integer', example: 25 })
  complaints!: number;
}

/** What GET /reports/categories answers as JSON. */
export class CategoryReportView extends ReportPeriodView {
  @ApiProperty({ type: String, nullable: true, example: 'delivery', description: 'The touchpoint asked for, if any' })
  touchpoint!: string | null;

  @ApiProperty({ type: 'integer', example: 40, description: 'Complaints received in the period' })
  total!: number;

  @ApiProperty({ type: [CategoryTotalView] })
  byCategory!: CategoryTotalView[];

  @ApiProperty({ type: [StatusTotalView] })
  byStatus!: StatusTotalView[];

  @ApiProperty({ type: [CategoryCountView] })
  byCategoryAndStatus!: CategoryCountView[];
}

/** One complaint of GET /reports/complaints. */
export class ComplaintLineView {
  @ApiProperty({ format: 'uuid', example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11' })
  complaintId!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  receivedAt!: string;

  @ApiProperty({ example: 'late-delivery' })
  category!: string;

  @ApiProperty({ example: 'delivery' })
  touchpoint!: string;

  @ApiProperty({ example: 'under-review', description: "Its root cause's status" })
  status!: string;

  @ApiProperty({
    example: 'logistics',
    description: 'The department the committee decided, or the one suggested while under review',
  })
  department!: string;

  @ApiProperty({ format: 'uuid', example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f' })
  rootCauseId!: string;

  @ApiProperty({ example: 'upset' })
  dissatisfaction!: string;
}

/** What GET /reports/complaints answers as JSON: every complaint of the period, streamed, in one document. */
export class ComplaintLinesView {
  @ApiProperty({ type: [ComplaintLineView], description: 'Every complaint received in the period, oldest first' })
  items!: ComplaintLineView[];
}
