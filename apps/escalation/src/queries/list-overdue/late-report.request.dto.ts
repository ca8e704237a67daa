import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@redress/platform';
import { IsOptional, IsString, Length } from 'class-validator';

/** `GET /reports/late`: a page, and for a supervisor optionally one department. */
export class LateReportQuery extends PageQuery {
  @ApiPropertyOptional({
    example: 'logistics',
    maxLength: 100,
    description: "One department's (a head always reads their own); every department's when absent",
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  department?: string;
}
