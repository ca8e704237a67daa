import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MoveComplaintRequest {
  /** The root cause the complaint belongs to instead. */
  @ApiProperty({
    example: '1e6d3a5f-9a2b-4c9f-8a1f-3b8d2e4c5f60',
    format: 'uuid',
    description: 'The open root cause the complaint belongs to instead',
  })
  @IsUUID()
  toRootCauseId!: string;
}
