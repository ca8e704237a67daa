import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MergeRootCausesRequest {
  /** The root cause that absorbs this one and its complaints. */
  @ApiProperty({ format: 'uuid', description: 'The open root cause that absorbs this one and its complaints' })
  @IsUUID()
  intoRootCauseId!: string;
}
