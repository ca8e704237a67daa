import { ApiProperty } from '@nestjs/swagger';

export class SatisfactionView {
  @ApiProperty({ example: 40, description: 'Survey answers' })
  answers!: number;

  @ApiProperty({ type: Number, nullable: true, example: 4.15, description: 'Null without answers' })
  averageRating!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.8,
    description: 'Share of ratings 4 and 5; null without answers',
  })
  satisfiedShare!: number | null;
}

export class GroupCompensationsView {
  @ApiProperty({ example: 12 })
  granted!: number;

  @ApiProperty({ example: '2400.00' })
  grantedAmount!: string;

  @ApiProperty({ example: 1 })
  underReview!: number;
}

export class CompensationTotalsView extends GroupCompensationsView {
  @ApiProperty({ example: '300.00', description: 'What the claims under review ask beyond what was granted' })
  underReviewAmount!: string;

  @ApiProperty({ example: 'RUB' })
  currency!: string;
}

export class BudgetView {
  @ApiProperty({ example: '2026-11' })
  period!: string;

  @ApiProperty({ example: '100000.00', description: 'COMPENSATION_MONTHLY_BUDGET' })
  limit!: string;

  @ApiProperty({ example: '2400.00' })
  used!: string;

  @ApiProperty({ example: '97600.00' })
  remaining!: string;

  @ApiProperty({ example: 'RUB' })
  currency!: string;
}

export class DepartmentOutcomesView {
  @ApiProperty({
    example: 'logistics',
    description: 'The department its root cause was assigned to; `unassigned` before',
  })
  department!: string;

  @ApiProperty({ type: SatisfactionView })
  satisfaction!: SatisfactionView;

  @ApiProperty({ type: GroupCompensationsView })
  compensations!: GroupCompensationsView;
}

export class RootCauseOutcomesView extends DepartmentOutcomesView {
  @ApiProperty({ example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', format: 'uuid' })
  rootCauseId!: string;
}

/** GET /stats: satisfaction, compensations and the budget, in all and per department and root cause. */
export class StatsView {
  @ApiProperty({ type: SatisfactionView })
  satisfaction!: SatisfactionView;

  @ApiProperty({ type: CompensationTotalsView })
  compensations!: CompensationTotalsView;

  @ApiProperty({ type: BudgetView, description: "This month's compensation budget" })
  budget!: BudgetView;

  @ApiProperty({ type: [DepartmentOutcomesView], description: 'By department name' })
  byDepartment!: DepartmentOutcomesView[];

  @ApiProperty({
    type: [RootCauseOutcomesView],
    description: 'The `rootCauses` root causes with most answers and compensations',
  })
  byRootCause!: RootCauseOutcomesView[];
}
