import { ApiProperty } from '@nestjs/swagger';
import { ReportPeriodView } from '@redress/platform';
import { SlaFigures } from './sla-report.query';

/** How a group of assignments created in the period kept their deadlines. Durations in whole seconds. */
export class SlaFiguresView implements SlaFigures {
  @ApiProperty({ type: 'integer', example: 42, description: 'Assignments created in the period' })
  assignments!: number;

  @ApiProperty({ type: 'integer', example: 40 })
  acknowledged!: number;

  @ApiProperty({ type: 'integer', example: 36, description: 'Acknowledged by the deadline of the level that did it' })
  acknowledgedInTime!: number;

  @ApiProperty({ type: 'integer', example: 31 })
  resolved!: number;

  @ApiProperty({ type: 'integer', example: 27, description: 'Resolved by the deadline of the level that did it' })
  resolvedInTime!: number;

  @ApiProperty({
    type: 'integer',
    example: 9,
    description: 'Deadlines missed: each hand-over to the next level, and each breach at the top of the chain',
  })
  missedDeadlines!: number;

  @ApiProperty({ type: 'integer', example: 1, description: 'Assignments that missed the deadline at the top' })
  breached!: number;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 5400,
    description: 'Median seconds from creation to acknowledgement; null when none was acknowledged',
  })
  acknowledgeP50!: number | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 21600, description: '90th percentile of the same' })
  acknowledgeP90!: number | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 259200,
    description: 'Median seconds from creation to resolution; null when none was resolved',
  })
  resolveP50!: number | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 604800, description: '90th percentile of the same' })
  resolveP90!: number | null;
}

export class SlaDepartmentView extends SlaFiguresView {
  @ApiProperty({ example: 'logistics' })
  department!: string;
}

export class SlaOwnerView extends SlaFiguresView {
  @ApiProperty({ example: 'logistics' })
  department!: string;

  @ApiProperty({ format: 'uuid', example: '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' })
  ownerId!: string;

  @ApiProperty({ example: 'Dana Whitfield', description: 'Who holds (or last held) the assignments' })
  owner!: string;
}

/** What GET /reports/sla answers as JSON. */
export class SlaReportView extends ReportPeriodView {
  @ApiProperty({ type: SlaFiguresView, description: 'All the assignments of the period' })
  total!: SlaFiguresView;

  @ApiProperty({ type: [SlaDepartmentView] })
  byDepartment!: SlaDepartmentView[];

  @ApiProperty({ type: [SlaOwnerView], description: 'By the owner who holds (or last held) each assignment' })
  byOwner!: SlaOwnerView[];
}
