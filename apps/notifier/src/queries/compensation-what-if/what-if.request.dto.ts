import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsNumber, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';

/** A decimal amount in the compensation currency, such as "300.00"; at most 13 digits before the point. */
const AMOUNT = /^\d{1,13}(\.\d{1,4})?$/;
const AMOUNT_MESSAGE = '$property must be a decimal string in the compensation currency, such as "300.00"';

/** Rule 2's share of the order by dissatisfaction, in per cent (0-100, at most two decimals: 7.25). */
export class WhatIfPercentages {
  @ApiProperty({ minimum: 0, maximum: 100, example: 15, description: 'Per cent of the order for an outraged customer' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  outraged!: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 10, description: 'Per cent of the order for an upset customer' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  upset!: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 7.25, description: 'Per cent of the order for a mild one' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  mild!: number;
}

/** The policy to try; anything left out is the one in force (the service's settings and DESIGN.md's rules). */
export class WhatIfPolicyRequest {
  /** Granted without review (rule 3's limit). */
  @ApiPropertyOptional({
    pattern: AMOUNT.source,
    example: '300.00',
    description: "Granted without review (rule 3's limit), in the compensation currency",
  })
  @IsOptional()
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  limit?: string;

  @ApiPropertyOptional({ type: WhatIfPercentages, description: "Rule 2's share of the order by dissatisfaction" })
  @IsOptional()
  @ValidateNested()
  @Type(() => WhatIfPercentages)
  percentages?: WhatIfPercentages;

  /** What may be granted per calendar month. */
  @ApiPropertyOptional({
    pattern: AMOUNT.source,
    example: '100000.00',
    description: 'What may be granted per calendar month, in the compensation currency',
  })
  @IsOptional()
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  monthlyBudget?: string;

  /** Whether a claim above the limit goes to a supervisor for the rest (the rule: true) or is only capped. */
  @ApiPropertyOptional({
    example: true,
    description: 'Whether a claim above the limit goes to a supervisor for the rest (the rule: true) or is only capped',
  })
  @IsOptional()
  @IsBoolean()
  reviewOverLimit?: boolean;

  /**
   * How long a compensation waits for its root cause's resolution before it is settled anyway (`72h`, `5d`; at most
   * 90 days). Left out: each case settles when it really did.
   */
  @ApiPropertyOptional({
    pattern: '^\\d{1,4}(m|h|d)$',
    example: '72h',
    description:
      'How long a compensation waits for its root cause before it is settled anyway (at most 90 days); left out: ' +
      'each case settles when it really did',
  })
  @IsOptional()
  @Matches(/^\d{1,4}(m|h|d)$/, { message: 'maxWait must be a duration such as 72h or 5d' })
  maxWait?: string;
}

/** `POST /compensations/what-if`: a policy and the period whose compensations to replay under it. */
export class WhatIfRequest {
  /** Start, inclusive: a day (UTC midnight) or an ISO 8601 instant with its zone. */
  @ApiProperty({
    example: '2026-01-01',
    description: 'Start, inclusive: a day (UTC midnight) or an ISO 8601 instant with its zone',
  })
  @Matches(/^[0-9T:.+\-Z]{10,29}$/, { message: 'from must be a day (2026-01-01) or an ISO 8601 instant' })
  from!: string;

  /** End, exclusive. At most 366 days after `from`. */
  @ApiProperty({ example: '2026-04-01', description: 'End, exclusive: at most 366 days after `from`' })
  @Matches(/^[0-9T:.+\-Z]{10,29}$/, { message: 'to must be a day (2026-04-01) or an ISO 8601 instant' })
  to!: string;

  @ApiProperty({
    type: WhatIfPolicyRequest,
    description: 'The policy to try: anything left out is the one in force (`{}` replays the policy in force)',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => WhatIfPolicyRequest)
  policy!: WhatIfPolicyRequest;
}
