import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** Who the assignment waits on and why: both required, so the history says what held it up. */
export class WaitOnPartyRequest {
  @ApiProperty({
    minLength: 1,
    maxLength: 200,
    example: 'Courier partner FastShip',
    description: 'The outside party the assignment waits on',
  })
  @IsString()
  @Length(1, 200)
  waitingOn!: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 2000,
    example: 'Their route data for November, promised by Friday',
    description: 'What is awaited from them',
  })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
