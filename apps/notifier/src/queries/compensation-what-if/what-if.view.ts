import { ApiProperty } from '@nestjs/swagger';

/** One side of the comparison: the compensations of a group, decided under a policy. Amounts in `currency`. */
export class WhatIfFiguresView {
  @ApiProperty({
    type: 'integer',
    example: 6,
    description: 'Complaints compensated (or sent to review, or given nothing)',
  })
  cases!: number;

  @ApiProperty({ example: '950.00', description: 'Paid at once plus approved later' })
  cost!: string;

  @ApiProperty({ example: '850.00' })
  paidAtOnce!: string;

  @ApiProperty({ example: '100.00', description: "What supervisors' approvals added to the grants paid at once" })
  approvedLater!: string;

  @ApiProperty({
    example: '3000.00',
    description: 'Under review and undecided: what the reviews ask beyond what was paid',
  })
  awaitingReview!: string;

  @ApiProperty({ type: 'integer', example: 2, description: 'Granted at once in full' })
  full!: number;

  @ApiProperty({
    type: 'integer',
    example: 1,
    description: 'Cut to the limit (or a claim above it, where no one reviews)',
  })
  capped!: number;

  @ApiProperty({ type: 'integer', example: 2, description: 'Sent to a supervisor' })
  review!: number;

  @ApiProperty({ type: 'integer', example: 0, description: 'Nothing due: an apology only' })
  none!: number;

  @ApiProperty({ type: 'integer', example: 1, description: "A grant the month's budget could not take" })
  budgetOverflow!: number;

  @ApiProperty({
    type: 'integer',
    example: 0,
    description: 'Decided in a currency without an exchange rate: counted, their money not in these sums',
  })
  otherCurrency!: number;
}

export class WhatIfSideBySideView {
  @ApiProperty({ type: WhatIfFiguresView, description: 'Under the policy tried' })
  whatIf!: WhatIfFiguresView;

  @ApiProperty({ type: WhatIfFiguresView, description: 'What really happened' })
  actual!: WhatIfFiguresView;
}

export class WhatIfMonthView extends WhatIfSideBySideView {
  @ApiProperty({ example: '2026-11', description: 'The budget period (a calendar month, UTC)' })
  month!: string;

  @ApiProperty({ example: '1000.00', description: "The policy's budget for the month" })
  budget!: string;

  @ApiProperty({ example: '950.00', description: 'What the what-if grants used of it' })
  budgetUsed!: string;
}

export class WhatIfDepartmentView extends WhatIfSideBySideView {
  @ApiProperty({ example: 'logistics', description: 'The owning department, or `unassigned`' })
  department!: string;
}

export class WhatIfPercentagesView {
  @ApiProperty({ example: 15, description: 'Per cent of the order' })
  outraged!: number;

  @ApiProperty({ example: 10 })
  upset!: number;

  @ApiProperty({ example: 5 })
  mild!: number;
}

/** The policy replayed: what the request asked, the rest as in force. */
export class WhatIfPolicyView {
  @ApiProperty({ example: '300.00', description: 'Granted without review' })
  limit!: string;

  @ApiProperty({ type: WhatIfPercentagesView, description: "Rule 2's share of the order by dissatisfaction" })
  percentages!: WhatIfPercentagesView;

  @ApiProperty({ example: '100000.00' })
  monthlyBudget!: string;

  @ApiProperty({ example: true })
  reviewOverLimit!: boolean;

  @ApiProperty({ type: String, nullable: true, example: '72h', description: 'null: each case settled when it did' })
  maxWait!: string | null;
}

/** What POST /compensations/what-if answers: the replay beside what really happened. */
export class WhatIfView {
  @ApiProperty({ format: 'date-time', example: '2026-11-01T00:00:00.000Z' })
  from!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T00:00:00.000Z' })
  to!: string;

  @ApiProperty({ example: 'EUR', description: 'The compensation currency, of every amount' })
  currency!: string;

  @ApiProperty({ type: WhatIfPolicyView })
  policy!: WhatIfPolicyView;

  @ApiProperty({ type: 'integer', example: 6, description: 'Cases read from the history' })
  casesRead!: number;

  @ApiProperty({ type: 'integer', example: 42, description: 'How long the replay took, in milliseconds' })
  elapsedMs!: number;

  @ApiProperty({ type: WhatIfSideBySideView, description: 'The whole period' })
  total!: WhatIfSideBySideView;

  @ApiProperty({ type: [WhatIfMonthView], description: 'Budget periods in order' })
  byMonth!: WhatIfMonthView[];

  @ApiProperty({ type: [WhatIfDepartmentView] })
  byDepartment!: WhatIfDepartmentView[];
}
