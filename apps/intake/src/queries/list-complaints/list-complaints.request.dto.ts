import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@redress/platform';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { COMPLAINT_STATUSES, ComplaintStatus } from '../../domain/complaint-status';

export class ListComplaintsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES, description: 'Only complaints with this status' })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES)
  status?: ComplaintStatus;

  @ApiPropertyOptional({
    example: '2026-11-01T00:00:00Z',
    description: 'Only complaints received at or after this time',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;
}
