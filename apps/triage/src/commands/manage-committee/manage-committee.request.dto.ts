import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Length } from 'class-validator';

export class AddMemberRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Pavel Orlov' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 100,
    example: 'quality',
    description: 'The department the member represents',
  })
  @IsString()
  @Length(1, 100)
  department!: string;
}

export class HandOverChairRequest {
  /** The member who chairs from now on. */
  @ApiProperty({
    example: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    format: 'uuid',
    description: 'The member who chairs from now on',
  })
  @IsUUID()
  memberId!: string;
}
