import { ApiProperty } from '@nestjs/swagger';
import { MovedComplaint } from './move-complaint.service';

export class MovedComplaintView implements MovedComplaint {
  @ApiProperty({ format: 'uuid' })
  complaintId!: string;

  @ApiProperty({ format: 'uuid', description: 'The root cause it is under now' })
  rootCauseId!: string;

  @ApiProperty({ format: 'uuid' })
  previousRootCauseId!: string;

  @ApiProperty({ example: 'late-delivery', description: "Its new root cause's category" })
  category!: string;

  @ApiProperty({ example: '2026-11-23T11:00:00.000Z' })
  linkedAt!: string;
}
