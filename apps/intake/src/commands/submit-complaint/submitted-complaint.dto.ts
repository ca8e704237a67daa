import { ApiProperty } from '@nestjs/swagger';

/** The receipt POST /complaints answers with. */
export class SubmittedComplaintDto {
  @ApiProperty({ example: '5b0e1c9e-4d0a-4a3e-9a57-3f0f5b8e2c11' })
  id!: string;

  @ApiProperty({ enum: ['received'], example: 'received' })
  status!: 'received';

  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:15:00.000Z' })
  receivedAt!: string;
}
