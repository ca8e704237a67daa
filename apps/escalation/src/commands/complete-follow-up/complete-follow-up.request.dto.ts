import { FOLLOW_UP_OUTCOMES, FollowUpOutcome } from '@redress/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';

/** What came of the callback: the customer was reached (and what was agreed), or could not be. */
export class CompleteFollowUpRequest {
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES, description: 'The customer was reached, or could not be' })
  @IsIn(FOLLOW_UP_OUTCOMES)
  outcome!: FollowUpOutcome;

  @ApiProperty({
    minLength: 1,
    maxLength: 2000,
    example: 'Agreed a refund of the delivery fee',
    description: 'What was agreed or tried',
  })
  @IsString()
  @Length(1, 2000)
  note!: string;
}
