import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MoveComplaintRequest {
  /** The root cause the complaint belongs to instead. */
  @ApiProperty({ format: 'uuid', description: 'The open root cause the complaint belongs to instead' })
  @IsUUID()
  toRootCauseId!: string;
}
