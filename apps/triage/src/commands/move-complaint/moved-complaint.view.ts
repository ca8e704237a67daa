import { ApiProperty } from '@nestjs/swagger';
import { MovedComplaint } from './move-complaint.service';

export class MovedComplaintView implements MovedComplaint {
  @ApiProperty({ example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11', format: 'uuid' })
  complaintId!: string;

  @ApiProperty({
    example: '1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60',
    format: 'uuid',
    description: 'The root cause it is under now',
  })
  rootCauseId!: string;

  @ApiProperty({ example: '0d5c2f4e-8f1a-4b8e-9f0e-2a7c1d3b4e5f', format: 'uuid' })
  previousRootCauseId!: string;

  @ApiProperty({ example: 'late-delivery', description: "Its new root cause's category" })
  category!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T11:00:00.000Z' })
  linkedAt!: string;
}
