import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** The chair's decision: the cause and the department that owns it. */
export class DecideRootCauseRequest {
  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'Couriers overbooked' })
  @IsString()
  @Length(1, 2000)
  cause!: string;

  @ApiProperty({ minLength: 1, maxLength: 100, example: 'logistics', description: 'One of GET /committee/departments' })
  @IsString()
  @Length(1, 100)
  department!: string;
}
