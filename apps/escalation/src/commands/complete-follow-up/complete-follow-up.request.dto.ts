import { FOLLOW_UP_OUTCOMES, FollowUpOutcome } from '@redress/contracts';
import { IsIn, IsString, Length } from 'class-validator';

/** What came of the callback: the customer was reached (and what was agreed), or could not be. */
export class CompleteFollowUpRequest {
  @IsIn(FOLLOW_UP_OUTCOMES) outcome!: FollowUpOutcome;
  @IsString() @Length(1, 2000) note!: string;
}
