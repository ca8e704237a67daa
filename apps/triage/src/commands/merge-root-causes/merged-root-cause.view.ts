import { ApiProperty } from '@nestjs/swagger';
import { MergedRootCause } from './merge-root-causes.service';

export class MergedRootCauseView implements MergedRootCause {
  @ApiProperty({ format: 'uuid', description: 'The root cause merged away' })
  rootCauseId!: string;

  @ApiProperty({ enum: ['merged'] })
  status!: 'merged';

  @ApiProperty({ format: 'uuid', description: 'The root cause that absorbs it' })
  mergedInto!: string;

  @ApiProperty({
    example: 12,
    description: 'Complaints that are moving over (in batches, each with its own `rootcause.complaint-linked`)',
  })
  complaintCount!: number;

  @ApiProperty({ example: '2026-11-23T11:00:00.000Z' })
  mergedAt!: string;
}
