import { ApiProperty } from '@nestjs/swagger';
import { MergedRootCause } from './merge-root-causes.service';

export class MergedRootCauseView implements MergedRootCause {
  @ApiProperty({
    example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f',
    format: 'uuid',
    description: 'The root cause merged away',
  })
  rootCauseId!: string;

  @ApiProperty({ enum: ['merged'] })
  status!: 'merged';

  @ApiProperty({
    example: '1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60',
    format: 'uuid',
    description: 'The root cause that absorbs it',
  })
  mergedInto!: string;

  @ApiProperty({
    example: 12,
    description: 'Complaints that are moving over (in batches, each with its own `rootcause.complaint-linked`)',
  })
  complaintCount!: number;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T11:00:00.000Z' })
  mergedAt!: string;
}
