import { ApiPropertyOptional } from '@nestjs/swagger';
import { QueryInteger } from '@redress/platform';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_CHANGES_LIMIT = 100;

/** `?after=&limit=` of the change feed. */
export class ListChangesQuery {
  @ApiPropertyOptional({
    description:
      'The `nextCursor` of the previous answer; from the oldest change kept when absent. A cursor before it answers 410',
    example: '42',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    default: DEFAULT_CHANGES_LIMIT,
    description: 'At most this many changes',
  })
  @IsOptional()
  @QueryInteger()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
