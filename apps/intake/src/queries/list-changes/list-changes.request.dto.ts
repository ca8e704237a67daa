import { ApiPropertyOptional } from '@nestjs/swagger';
import { QueryInteger } from '@redress/platform';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_CHANGES_LIMIT = 100;

/** `?after=&limit=` of the change feed. */
export class ListChangesQuery {
  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous answer; from the first change when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: DEFAULT_CHANGES_LIMIT })
  @IsOptional()
  @QueryInteger()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
