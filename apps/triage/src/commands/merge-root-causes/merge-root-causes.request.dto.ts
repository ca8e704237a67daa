import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MergeRootCausesRequest {
  /** The root cause that absorbs this one and its complaints. */
  @ApiProperty({
    example: '1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60',
    format: 'uuid',
    description: 'The open root cause that absorbs this one and its complaints',
  })
  @IsUUID()
  intoRootCauseId!: string;
}
