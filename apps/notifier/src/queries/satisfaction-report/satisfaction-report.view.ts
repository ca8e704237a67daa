import { ApiProperty } from '@nestjs/swagger';
import { ReportPeriodView } from '@redress/platform';

/** The survey's answers and the compensations of a group of complaints received in the period. */
export class SatisfactionFiguresView {
  @ApiProperty({ type: 'integer', example: 40, description: 'Complaints received in the period' })
  complaints!: number;

  @ApiProperty({ type: 'integer', example: 18, description: 'Survey answers' })
  answers!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 3.72,
    description: 'The average rating (1-5); null without answers',
  })
  averageRating!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.61,
    description: 'The share of answers rating 4 or 5 (0-1); null without answers',
  })
  satisfiedShare!: number | null;

  @ApiProperty({ type: 'integer', example: 22, description: 'Complaints granted something' })
  compensated!: number;

  @ApiProperty({ example: '1840.00', description: 'The sum granted, a decimal string in `currency`' })
  granted!: string;

  @ApiProperty({ type: 'integer', example: 2, description: 'Compensations still under review' })
  underReview!: number;
}

export class SatisfactionDepartmentView extends SatisfactionFiguresView {
  @ApiProperty({ example: 'logistics', description: "The root cause's department, or `unassigned`" })
  department!: string;
}

export class SatisfactionOwnerView extends SatisfactionFiguresView {
  @ApiProperty({ example: 'logistics' })
  department!: string;

  @ApiProperty({ format: 'uuid', example: '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' })
  ownerId!: string;

  @ApiProperty({ example: 'Dana Whitfield', description: 'Who resolved the root cause, else who last held it' })
  owner!: string;
}

export class SatisfactionRootCauseView extends SatisfactionFiguresView {
  @ApiProperty({ example: 'logistics' })
  department!: string;

  @ApiProperty({ format: 'uuid', example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f' })
  rootCauseId!: string;
}

/** What GET /reports/satisfaction answers as JSON. */
export class SatisfactionReportView extends ReportPeriodView {
  @ApiProperty({ type: String, nullable: true, example: 'delivery', description: 'The touchpoint asked for, if any' })
  touchpoint!: string | null;

  @ApiProperty({ example: 'EUR', description: 'The compensation currency, of every amount' })
  currency!: string;

  @ApiProperty({ type: SatisfactionFiguresView, description: 'All the complaints of the period' })
  total!: SatisfactionFiguresView;

  @ApiProperty({ type: [SatisfactionDepartmentView] })
  byDepartment!: SatisfactionDepartmentView[];

  @ApiProperty({ type: [SatisfactionOwnerView] })
  byOwner!: SatisfactionOwnerView[];

  @ApiProperty({ type: [SatisfactionRootCauseView] })
  byRootCause!: SatisfactionRootCauseView[];
}
